package org.gongkai.requests.internal;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.ZoneId;

import com.jayway.jsonpath.JsonPath;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.gongkai.tenancy.api.TownProvisioning;

import static org.gongkai.requests.internal.RequestFixtures.staff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The officer writes a decision, a reviewer approves it, the reply letter prints as DOCX
 * and PDF with its Chinese text intact, and its delivery closes the request.
 */
@SpringBootTest(properties = { "gongkai.oidc.issuer=http://127.0.0.1:9/realms/gongkai",
		"gongkai.requests.limits.submissions-per-minute=1000" })
@AutoConfigureMockMvc
@Import(RequestFixtures.NoIdentityProvider.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RequestDecisionTests {

	static final String REQUESTS = "/api/v1/towns/binhu/requests";

	static final RequestPostProcessor OFFICER = staff("binhu-officer", "ROLE_request-officer", "TOWN_binhu");

	static final RequestPostProcessor REVIEWER = staff("binhu-reviewer", "ROLE_town-reviewer", "TOWN_binhu");

	@Autowired
	MockMvc mvc;

	@Autowired
	TownProvisioning provisioning;

	@BeforeAll
	void town() {
		provisioning.provision(RequestFixtures.BINHU);
	}

	@Test
	void aPartialDisclosureIsProposedApprovedPrintedAndDelivered() throws Exception {
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		String code = JsonPath.read(mvc
			.perform(post(REQUESTS + "/registered").with(OFFICER).contentType(MediaType.APPLICATION_JSON).content("""
					{"channel":"LETTER_SIGNED_FOR","receivedOn":"%s","request":{"applicantType":"NATURAL_PERSON",
					 "name":"马玉兰","idNumber":"%s","phone":"13912345678","address":"昌吉市滨湖镇新湖村",
					 "description":"新湖村2025年集体土地征收补偿方案及补偿款发放明细","form":"PAPER","delivery":"POST"}}
					""".formatted(today, RequestFixtures.ID_NUMBER)))
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.trackingCode");
		String decision = """
				{"outcome":"PARTLY_DISCLOSED","decisionText":"补偿方案予以公开，见附件；补偿款发放明细涉及其他村民个人信息，不予公开。",
				 "legalBasis":"《中华人民共和国政府信息公开条例》第十五条、第三十七条"}
				""";

		mvc.perform(post(REQUESTS + "/" + code + "/delivery").with(OFFICER)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"method\":\"POST\",\"on\":\"" + today + "\"}")).andExpect(status().isConflict());
		mvc.perform(post(REQUESTS + "/" + code + "/decision").with(OFFICER)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"outcome\":\"PARTLY_DISCLOSED\",\"decisionText\":\" \",\"legalBasis\":\"\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.fields").value(org.hamcrest.Matchers.contains("decisionText", "legalBasis")));
		mvc.perform(post(REQUESTS + "/" + code + "/decision").with(OFFICER)
			.contentType(MediaType.APPLICATION_JSON)
			.content(decision)).andExpect(status().isOk());
		mvc.perform(post(REQUESTS + "/" + code + "/decision/approve").with(OFFICER)).andExpect(status().isForbidden());
		mvc.perform(post(REQUESTS + "/" + code + "/decision/approve").with(REVIEWER)).andExpect(status().isOk());

		byte[] docx = mvc.perform(get(REQUESTS + "/" + code + "/letter.docx").with(OFFICER))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (var document = new XWPFDocument(new ByteArrayInputStream(docx));
				var text = new XWPFWordExtractor(document)) {
			assertThat(text.getText()).contains("部分公开", "马玉兰", "补偿款发放明细涉及其他村民个人信息", "昌吉市滨湖镇人民政府");
		}
		byte[] pdf = mvc.perform(get(REQUESTS + "/" + code + "/letter.pdf").with(OFFICER))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (var document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document).replace("\n", "").replace("\r", "");
			assertThat(text).contains("马玉兰", "昌吉市滨湖镇人民政府", "补偿款发放明细涉及其他村民个人信息").doesNotContain("\uFFFD");
		}

		mvc.perform(post(REQUESTS + "/" + code + "/delivery").with(OFFICER)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"method\":\"POST\",\"on\":\"" + today + "\"}")).andExpect(status().isOk());
		mvc.perform(get(REQUESTS + "/status").param("trackingCode", code).param("phoneLast4", "5678"))
			.andExpect(jsonPath("$.state").value("DELIVERED"))
			.andExpect(jsonPath("$.timeline[*].kind", hasItem("decided")))
			.andExpect(jsonPath("$.timeline[*].kind", hasItem("delivered")));
	}

}
