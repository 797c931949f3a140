package org.gongkai.requests.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.jayway.jsonpath.JsonPath;
import org.gongkai.requests.api.ApplicantType;
import org.gongkai.requests.api.Delivery;
import org.gongkai.requests.api.InformationForm;
import org.gongkai.requests.api.IntakeChannel;
import org.gongkai.requests.api.NewRequest;
import org.gongkai.requests.api.RequestDesk;
import org.gongkai.requests.api.RequestFiles;
import org.gongkai.tenancy.api.AuditRecord;
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
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.requests.internal.RequestFixtures.staff;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Internal notes and documents: they round-trip with their Chinese text and names, only
 * the request's handlers read them, a file is judged by its bytes and size, bad input
 * stores nothing, and a deleted document leaves an audit entry. The size limit is set low
 * here so that the test need not upload 20MB.
 */
@SpringBootTest(properties = { "gongkai.oidc.issuer=http://127.0.0.1:9/realms/gongkai",
		"gongkai.requests.document-max-size=64KB" })
@AutoConfigureMockMvc
@Import(RequestFixtures.NoIdentityProvider.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RequestFileTests {

	static final String REQUESTS = "/api/v1/towns/binhu/requests";

	static final String PAGES = "/staff/towns/binhu/requests";

	static final RequestPostProcessor OFFICER = staff("binhu-officer", "ROLE_request-officer", "TOWN_binhu");

	static final RequestPostProcessor REVIEWER = staff("binhu-reviewer", "ROLE_town-reviewer", "TOWN_binhu");

	static final RequestPostProcessor EDITOR = staff("binhu-editor", "ROLE_town-editor", "TOWN_binhu");

	static final RequestPostProcessor OFFICER_SIGNED_IN = RequestFixtures.signedIn("binhu-officer",
			"ROLE_request-officer", "TOWN_binhu");

	static final RequestPostProcessor EDITOR_SIGNED_IN = RequestFixtures.signedIn("binhu-editor", "ROLE_town-editor",
			"TOWN_binhu");

	static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
		.getBytes(StandardCharsets.US_ASCII);

	static final String PDF_NAME = "新湖村征收补偿方案（2025年）.pdf";

	@Autowired
	MockMvc mvc;

	@Autowired
	TownProvisioning provisioning;

	@Autowired
	Tenants tenants;

	@Autowired
	RequestDesk desk;

	@Autowired
	RequestFiles files;

	@Autowired
	AuditTrail audit;

	@BeforeAll
	void town() {
		provisioning.provision(RequestFixtures.BINHU);
	}

	@Test
	void notesRoundTripForHandlersOnly() throws Exception {
		String code = request();
		String text = "申请人来电：补偿款发放明细只需本户部分。\n已告知将于答复中说明。";

		mvc.perform(post(REQUESTS + "/" + code + "/notes").with(OFFICER)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"text\":\"" + text.replace("\n", "\\n") + "\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.author").value("binhu-officer"));

		mvc.perform(get(REQUESTS + "/" + code + "/notes").with(REVIEWER))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].text").value(contains(text)));
		mvc.perform(get(REQUESTS + "/" + code + "/notes").with(EDITOR)).andExpect(status().isForbidden());
		mvc.perform(post(REQUESTS + "/" + code + "/notes").with(EDITOR)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"text\":\"编辑不能写备注\"}")).andExpect(status().isForbidden());
		mvc.perform(get(REQUESTS + "/status").param("trackingCode", code).param("phoneLast4", "5678"))
			.andExpect(content().string(not(containsString("补偿款发放明细只需本户部分"))));
	}

	@Test
	void badNotesAreRefusedAndNothingIsStored() throws Exception {
		String code = request();

		note(code, "{\"text\":\"   \"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.note").value("请填写“备注”。"));
		note(code, "{}").andExpect(status().isBadRequest());
		note(code, "{\"text\":\"已电话联系\\u001b[31m\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.note").value(containsString("控制字符")));
		note(code, "{\"text\":\"" + "长".repeat(4001) + "\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.note").value(containsString("4000")));

		assertThat(tenants.callAs("binhu", () -> files.notes(code))).isEmpty();
	}

	@Test
	void documentsRoundTripWithTheirChineseNamesAndAreJudgedByTheirBytes() throws Exception {
		String code = request();
		byte[] docx = zip("word/document.xml");

		String id = JsonPath.read(upload(code, PDF_NAME, PDF, "征收补偿方案扫描件").andExpect(status().isCreated())
			.andExpect(jsonPath("$.contentType").value("application/pdf"))
			.andExpect(jsonPath("$.size").value(PDF.length))
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.id");
		upload(code, "送达回证.docx", docx, null).andExpect(status().isCreated())
			.andExpect(jsonPath("$.contentType").value(containsString("wordprocessingml")));

		mvc.perform(get(REQUESTS + "/" + code + "/documents").with(REVIEWER))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].fileName").value(contains(PDF_NAME, "送达回证.docx")))
			.andExpect(jsonPath("$[0].description").value("征收补偿方案扫描件"));
		byte[] downloaded = mvc.perform(get(REQUESTS + "/" + code + "/documents/" + id).with(OFFICER))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF))
			.andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION,
					containsString("filename*=UTF-8''%E6%96%B0%E6%B9%96%E6%9D%91")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(downloaded).isEqualTo(PDF);
		mvc.perform(get(REQUESTS + "/" + code + "/documents").with(EDITOR)).andExpect(status().isForbidden());
		mvc.perform(get(REQUESTS + "/" + code + "/documents/" + id).with(EDITOR)).andExpect(status().isForbidden());
	}

	@Test
	void aRenamedProgramAnUnknownTypeAnEmptyOrOversizedFileAreRefusedAndNothingIsStored() throws Exception {
		String code = request();
		byte[] program = Arrays.copyOf("MZ\u0090\u0000\u0003\u0000\u0000\u0000This program cannot be run in DOS mode"
			.getBytes(StandardCharsets.ISO_8859_1), 512);

		upload(code, "答复告知书.pdf", program, null).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.file").value("“文件”的内容与扩展名不符（不是 PDF 文件），未保存。"));
		upload(code, "答复告知书.exe", program, null).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.file").value(containsString("只能是 PDF")));
		upload(code, "不是文档.docx", zip("payload/readme.txt"), null).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.fields").value(contains("file")));
		upload(code, "空文件.pdf", new byte[0], null).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.fields").value(contains("file")));
		byte[] large = Arrays.copyOf(PDF, 64 * 1024 + 1);
		upload(code, "太大.pdf", large, null).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.file").value(containsString("不能超过 0.1 MB")));
		upload(code, PDF_NAME, PDF, "说明\u0000").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.fields").value(contains("documentDescription")));
		upload(code, "../../etc/申请书\u0007.pdf", PDF, null).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.fields").value(contains("fileName")));
		mvc.perform(multipart(REQUESTS + "/" + code + "/documents").with(EDITOR)
			.file(new MockMultipartFile("file", PDF_NAME, "application/pdf", PDF))).andExpect(status().isForbidden());

		assertThat(tenants.callAs("binhu", () -> files.documents(code))).isEmpty();
		upload(code, "C:\\扫描\\图片.png", new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0 }, null)
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.fileName").value("图片.png"));
	}

	@Test
	void deletingADocumentLeavesAnAuditEntry() throws Exception {
		String code = request();
		String id = JsonPath.read(upload(code, PDF_NAME, PDF, null).andReturn().getResponse().getContentAsString(),
				"$.id");

		mvc.perform(delete(REQUESTS + "/" + code + "/documents/" + id).with(EDITOR)).andExpect(status().isForbidden());
		mvc.perform(delete(REQUESTS + "/" + code + "/documents/" + id).with(OFFICER)).andExpect(status().isNoContent());

		mvc.perform(get(REQUESTS + "/" + code + "/documents/" + id).with(OFFICER)).andExpect(status().isNotFound());
		mvc.perform(delete(REQUESTS + "/" + code + "/documents/" + id).with(OFFICER)).andExpect(status().isNotFound());
		List<AuditRecord> entries = tenants.callAs("binhu", () -> audit.recent(20));
		assertThat(entries)
			.filteredOn(entry -> entry.action().equals("request.document-deleted") && entry.subject().equals(code))
			.singleElement()
			.satisfies(entry -> {
				assertThat(entry.actor()).isEqualTo("binhu-officer");
				assertThat(entry.detail()).contains(id, PDF_NAME, PDF.length + " bytes", "sha256 ");
			});
	}

	@Test
	void theStaffSectionShowsNotesAndDocumentsToHandlersAndItsFormsWork() throws Exception {
		String code = request();
		String page = PAGES + "/" + code;

		mvc.perform(post(page + "/notes").with(OFFICER_SIGNED_IN).with(csrf()).param("text", "已与申请人电话核实身份。"))
			.andExpect(redirectedUrl(page))
			.andExpect(flash().attribute("message", "requests.files.flash.note-added"));
		mvc.perform(post(page + "/notes").with(OFFICER_SIGNED_IN).with(csrf()).param("text", " "))
			.andExpect(redirectedUrl(page))
			.andExpect(flash().attribute("actionErrors", hasKey("note")));
		mvc.perform(multipart(page + "/documents").file(new MockMultipartFile("file", PDF_NAME, "application/pdf", PDF))
			.param("description", "扫描件")
			.with(OFFICER_SIGNED_IN)
			.with(csrf()))
			.andExpect(redirectedUrl(page))
			.andExpect(flash().attribute("message", "requests.files.flash.document-added"));
		mvc.perform(multipart(page + "/documents")
			.file(new MockMultipartFile("file", "改名的程序.pdf", "application/pdf",
					"MZ\u0090".getBytes(StandardCharsets.ISO_8859_1)))
			.with(OFFICER_SIGNED_IN)
			.with(csrf())).andExpect(flash().attribute("actionErrors", hasKey("file")));
		String id = tenants.callAs("binhu", () -> files.documents(code)).get(0).id().toString();

		mvc.perform(get(page).with(OFFICER_SIGNED_IN))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("内部备注和文件")))
			.andExpect(content().string(containsString("已与申请人电话核实身份。")))
			.andExpect(content().string(containsString(PDF_NAME)));
		mvc.perform(get(page).with(EDITOR_SIGNED_IN))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("内部备注和文件"))))
			.andExpect(content().string(not(containsString("已与申请人电话核实身份。"))))
			.andExpect(content().string(not(containsString(PDF_NAME))));
		mvc.perform(get(page + "/documents/" + id).with(OFFICER_SIGNED_IN))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION, containsString("filename*=UTF-8''")));
		mvc.perform(get(page + "/documents/" + id).with(EDITOR_SIGNED_IN)).andExpect(status().isForbidden());

		// deleting asks first: without the confirmation the file stays
		mvc.perform(post(page + "/documents/" + id + "/delete").with(OFFICER_SIGNED_IN).with(csrf()))
			.andExpect(redirectedUrl(page + "/documents/" + id + "/delete"));
		mvc.perform(get(page + "/documents/" + id + "/delete").with(OFFICER_SIGNED_IN))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(PDF_NAME)))
			.andExpect(content().string(containsString("确认删除")));
		assertThat(tenants.callAs("binhu", () -> files.documents(code))).hasSize(1);
		mvc.perform(post(page + "/documents/" + id + "/delete").with(EDITOR_SIGNED_IN)
			.with(csrf())
			.param("confirmed", "true")).andExpect(status().isForbidden());
		mvc.perform(post(page + "/documents/" + id + "/delete").with(OFFICER_SIGNED_IN)
			.with(csrf())
			.param("confirmed", "true"))
			.andExpect(redirectedUrl(page))
			.andExpect(flash().attribute("message", "requests.files.flash.document-deleted"));
		assertThat(tenants.callAs("binhu", () -> files.documents(code))).isEmpty();
	}

	private String request() {
		return tenants.callAs("binhu",
				() -> desk.register(new NewRequest(ApplicantType.NATURAL_PERSON, "马玉兰", RequestFixtures.ID_NUMBER, null,
						null, "13912345678", null, "昌吉市滨湖镇新湖村", "新湖村集体土地征收补偿方案", InformationForm.PAPER, Delivery.POST),
						IntakeChannel.IN_PERSON, LocalDate.now(ChinaTime.ZONE)))
			.trackingCode();
	}

	private ResultActions note(String code, String json) throws Exception {
		return mvc.perform(post(REQUESTS + "/" + code + "/notes").with(OFFICER)
			.contentType(MediaType.APPLICATION_JSON)
			.content(json));
	}

	private ResultActions upload(String code, String name, byte[] content, String description) throws Exception {
		var request = multipart(REQUESTS + "/" + code + "/documents")
			.file(new MockMultipartFile("file", name, "application/octet-stream", content))
			.with(OFFICER);
		if (description != null) {
			request.param("description", description);
		}
		return mvc.perform(request);
	}

	private static byte[] zip(String entry) throws Exception {
		var bytes = new ByteArrayOutputStream();
		try (var zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry(entry));
			zip.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		return bytes.toByteArray();
	}

}
