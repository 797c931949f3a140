package org.gongkai.requests.internal;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.gongkai.requests.api.ApplicantType;
import org.gongkai.requests.api.Delivery;
import org.gongkai.requests.api.InformationForm;
import org.gongkai.requests.api.IntakeChannel;
import org.gongkai.requests.api.NewRequest;
import org.gongkai.requests.api.Outcome;
import org.gongkai.requests.api.RequestDecisions;
import org.gongkai.requests.api.RequestDesk;
import org.gongkai.requests.api.RequestLetterTemplates;
import org.gongkai.tenancy.api.AuditTrail;
import org.gongkai.tenancy.api.Tenants;
import org.gongkai.tenancy.api.TownProvisioning;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A town words its reply letters: its text prints in the letter, reset brings back the
 * shipped one, and a text with placeholders the letter cannot fill is refused.
 */
@SpringBootTest(properties = "gongkai.oidc.issuer=http://127.0.0.1:9/realms/gongkai")
@AutoConfigureMockMvc
@Import(RequestFixtures.NoIdentityProvider.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LetterTemplateTests {

	static final String REQUESTS = "/api/v1/towns/binhu/requests";

	static final String TEMPLATES = REQUESTS + "/letter-templates";

	static final String PAGE = "/staff/towns/binhu/requests/letter-templates";

	static final String OWN_REMEDY = "如不服本答复，可在收到本告知书之日起六十日内向昌吉市人民政府申请行政复议，或者在六个月内向昌吉市人民法院提起行政诉讼。咨询电话：0994-2300000。";

	static final RequestPostProcessor ADMIN = RequestFixtures.staff("binhu-admin", "ROLE_town-admin", "TOWN_binhu");

	static final RequestPostProcessor OFFICER = RequestFixtures.staff("binhu-officer", "ROLE_request-officer",
			"TOWN_binhu");

	static final RequestPostProcessor SIGNED_IN_REVIEWER = RequestFixtures.signedIn("binhu-reviewer",
			"ROLE_town-reviewer", "TOWN_binhu");

	static final RequestPostProcessor SIGNED_IN_OFFICER = RequestFixtures.signedIn("binhu-officer",
			"ROLE_request-officer", "TOWN_binhu");

	@Autowired
	MockMvc mvc;

	@Autowired
	TownProvisioning provisioning;

	@Autowired
	Tenants tenants;

	@Autowired
	RequestDesk desk;

	@Autowired
	RequestDecisions decisions;

	@Autowired
	RequestLetterTemplates templates;

	@Autowired
	AuditTrail audit;

	String code;

	@BeforeAll
	void town() {
		provisioning.provision(RequestFixtures.BINHU);
		code = tenants.callAs("binhu", () -> {
			String tracking = desk
				.register(new NewRequest(ApplicantType.NATURAL_PERSON, "马玉兰", RequestFixtures.ID_NUMBER, null, null,
						"13912345678", null, "昌吉市滨湖镇新湖村", "新湖村2025年集体土地征收补偿方案", InformationForm.PAPER, Delivery.POST),
						IntakeChannel.IN_PERSON, LocalDate.now(ChinaTime.ZONE))
				.trackingCode();
			decisions.propose(tracking, Outcome.DISCLOSED, "予以公开，见附件。", "《中华人民共和国政府信息公开条例》第三十六条第二项", "binhu-officer");
			decisions.approve(tracking, "binhu-reviewer");
			return tracking;
		});
	}

	@Test
	void aTownsTextPrintsInTheReplyLetterAndResetRestoresTheDefault() throws Exception {
		String shipped = LetterTemplates.defaultTexts().get("remedy");
		assertThat(letter()).contains(shipped);

		mvc.perform(put(TEMPLATES + "/remedy").with(ADMIN)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"text\":\"" + OWN_REMEDY + "\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.townText").value(OWN_REMEDY))
			.andExpect(jsonPath("$.defaultText").value(shipped));
		mvc.perform(put(TEMPLATES + "/title.DISCLOSED").with(ADMIN)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"text\":\"滨湖镇政府信息公开告知书\"}")).andExpect(status().isOk());
		mvc.perform(put(TEMPLATES + "/basis").with(ADMIN)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"text\":\"{town}依据{legalBasis}作出本答复。\"}")).andExpect(status().isOk());
		assertThat(letter()).contains(OWN_REMEDY, "滨湖镇政府信息公开告知书", "昌吉市滨湖镇人民政府依据《中华人民共和国政府信息公开条例》第三十六条第二项作出本答复。")
			.doesNotContain(shipped);

		mvc.perform(delete(TEMPLATES + "/remedy").with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.townText").doesNotExist());
		mvc.perform(delete(TEMPLATES + "/title.DISCLOSED").with(ADMIN)).andExpect(status().isOk());
		mvc.perform(delete(TEMPLATES + "/basis").with(ADMIN)).andExpect(status().isOk());
		assertThat(letter()).contains(shipped, "政府信息予以公开告知书").doesNotContain(OWN_REMEDY);
		assertThat(tenants.callAs("binhu", () -> audit.recent(20)).stream().map(e -> e.action()))
			.contains("requests.letter-template.saved", "requests.letter-template.reset");
	}

	@Test
	void unknownPlaceholdersEmptyTextsUnknownKeysAndOfficersAreRefused() throws Exception {
		mvc.perform(put(TEMPLATES + "/remedy").with(ADMIN)
			.contentType(MediaType.APPLICATION_JSON)
			.header("Accept-Language", "zh-CN")
			.content("{\"text\":\"请于{deadline}前联系{town}。\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.fields", contains("text")))
			.andExpect(content().string(containsString("{deadline}")))
			.andExpect(content().string(containsString("{legalBasis}")));
		mvc.perform(put(TEMPLATES + "/title.WITHHELD").with(ADMIN)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"text\":\"{town}不予公开告知书\"}")).andExpect(status().isBadRequest());
		mvc.perform(put(TEMPLATES + "/remedy").with(ADMIN)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"text\":\"  \"}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("请填写“文本”")));
		mvc.perform(put(TEMPLATES + "/no.such.key").with(ADMIN)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"text\":\"文本\"}")).andExpect(status().isNotFound());
		mvc.perform(put(TEMPLATES + "/remedy").with(OFFICER)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"text\":\"文本\"}")).andExpect(status().isForbidden());
		mvc.perform(get(TEMPLATES + "/remedy").with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.townText").doesNotExist())
			.andExpect(jsonPath("$.placeholders", hasItem("legalBasis")));
		assertThat(tenants.callAs("binhu", () -> templates.get("title.WITHHELD").townText())).isNull();
	}

	@Test
	void thePageListsTheTextsAndItsFormsSaveAndReset() throws Exception {
		mvc.perform(get(PAGE).with(SIGNED_IN_REVIEWER))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("body.WITHHELD")))
			.andExpect(content().string(containsString("经审查，您申请获取的政府信息{reason}")))
			.andExpect(content().string(containsString("{legalBasis}")));
		mvc.perform(get(PAGE).with(SIGNED_IN_OFFICER)).andExpect(status().isForbidden());

		mvc.perform(post(PAGE + "/salutation").with(SIGNED_IN_REVIEWER).with(csrf()).param("text", "{名字}："))
			.andExpect(redirectedUrl(PAGE + "#salutation"))
			.andExpect(flash().attribute("actionErrors", hasKey("text")));
		mvc.perform(post(PAGE + "/salutation").with(SIGNED_IN_REVIEWER).with(csrf()).param("text", "尊敬的{applicant}："))
			.andExpect(redirectedUrl(PAGE + "#salutation"))
			.andExpect(flash().attribute("message", "requests.page.letter-templates.saved"));
		mvc.perform(get(PAGE).with(SIGNED_IN_REVIEWER))
			.andExpect(content().string(containsString("尊敬的{applicant}：")))
			.andExpect(content().string(containsString("binhu-reviewer")));
		assertThat(letter()).contains("尊敬的马玉兰：");
		mvc.perform(post(PAGE + "/salutation/reset").with(SIGNED_IN_REVIEWER).with(csrf()))
			.andExpect(redirectedUrl(PAGE + "#salutation"))
			.andExpect(flash().attribute("message", "requests.page.letter-templates.reset"));
		assertThat(letter()).doesNotContain("尊敬的");
	}

	private String letter() throws Exception {
		byte[] docx = mvc.perform(get(REQUESTS + "/" + code + "/letter.docx").with(OFFICER))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (var document = new XWPFDocument(new ByteArrayInputStream(docx));
				var text = new XWPFWordExtractor(document)) {
			return text.getText();
		}
	}

}
