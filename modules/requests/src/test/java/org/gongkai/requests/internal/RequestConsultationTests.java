package org.gongkai.requests.internal;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.gongkai.calendar.api.WorkingDayCalendar;
import org.gongkai.requests.api.ApplicantType;
import org.gongkai.requests.api.Consultation;
import org.gongkai.requests.api.Delivery;
import org.gongkai.requests.api.InformationForm;
import org.gongkai.requests.api.IntakeChannel;
import org.gongkai.requests.api.NewConsultation;
import org.gongkai.requests.api.NewRequest;
import org.gongkai.requests.api.Outcome;
import org.gongkai.requests.api.RequestConsultations;
import org.gongkai.requests.api.RequestDecisions;
import org.gongkai.requests.api.RequestDesk;
import org.gongkai.requests.api.RequestException;
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
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 征求第三方意见 (arts. 32–34): the letter pauses the reply deadline and the answer resumes it,
 * later by exactly the working days it lasted; the letter prints in Chinese; bad input
 * and impossible steps are refused with nothing stored.
 */
@SpringBootTest(properties = "gongkai.oidc.issuer=http://127.0.0.1:9/realms/gongkai")
@AutoConfigureMockMvc
@Import(RequestFixtures.NoIdentityProvider.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RequestConsultationTests {

	static final String REQUESTS = "/api/v1/towns/binhu/requests";

	static final RequestPostProcessor OFFICER = RequestFixtures.staff("binhu-officer", "ROLE_request-officer",
			"TOWN_binhu");

	static final RequestPostProcessor EDITOR = RequestFixtures.staff("binhu-editor", "ROLE_town-editor", "TOWN_binhu");

	static final RequestPostProcessor SIGNED_IN_EDITOR = RequestFixtures.signedIn("binhu-editor", "ROLE_town-editor",
			"TOWN_binhu");

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
	RequestConsultations consultations;

	@Autowired
	WorkingDayCalendar calendar;

	@Autowired
	AuditTrail audit;

	@BeforeAll
	void town() {
		provisioning.provision(RequestFixtures.BINHU);
	}

	@Test
	void aConsultationPausesTheClockAndTheAnswerResumesItByThePausedDays() throws Exception {
		LocalDate today = LocalDate.now(ChinaTime.ZONE);
		String code = request(today.minusDays(14));
		LocalDate dueBefore = dueOn(code);
		LocalDate sentOn = today.minusDays(10);
		LocalDate answeredOn = today.minusDays(3);

		String started = mvc
			.perform(post(REQUESTS + "/" + code + "/consultations").with(OFFICER)
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"party":"昌吉市新湖建材有限公司","contact":"昌吉市滨湖镇工业园区8号，0994-2345678",
						 "question":"拟公开贵公司2025年与新湖村签订的土地租赁合同，其中涉及贵公司租金及经营信息，是否同意公开？",
						 "sentOn":"%s"}
						""".formatted(sentOn)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.replyDueOn").value(calendar.deadline(sentOn, 15).deadline().toString()))
			.andExpect(jsonPath("$.answer").doesNotExist())
			.andReturn()
			.getResponse()
			.getContentAsString();
		int id = JsonPath.read(started, "$.id");
		mvc.perform(get(REQUESTS + "/" + code + "/deadline").with(OFFICER))
			.andExpect(jsonPath("$.state").value("PAUSED_FOR_CONSULTATION"));
		mvc.perform(post(REQUESTS + "/" + code + "/consultations").with(OFFICER)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"party\":\"另一方\",\"contact\":\"地址\",\"question\":\"是否同意\",\"sentOn\":\"" + answeredOn + "\"}"))
			.andExpect(status().isConflict());

		mvc.perform(post(REQUESTS + "/" + code + "/consultations/" + id + "/answer").with(OFFICER)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"answer\":\"OBJECTS\",\"answeredOn\":\"" + answeredOn + "\",\"note\":\"涉及商业秘密\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.answer").value("OBJECTS"))
			.andExpect(jsonPath("$.answeredOn").value(answeredOn.toString()));

		int paused = workingDays(sentOn, answeredOn);
		LocalDate dueAfter = dueOn(code);
		assertThat(dueAfter).isEqualTo(calendar.deadline(dueBefore, paused).deadline());
		if (paused > 0) {
			assertThat(dueAfter).isAfter(dueBefore);
		}
		mvc.perform(get(REQUESTS + "/" + code + "/deadline").with(OFFICER))
			.andExpect(jsonPath("$.state").value("RUNNING"));
		mvc.perform(post(REQUESTS + "/" + code + "/consultations/" + id + "/answer").with(OFFICER)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"answer\":\"AGREES\",\"answeredOn\":\"" + answeredOn + "\"}")).andExpect(status().isConflict());
		mvc.perform(get(REQUESTS + "/" + code + "/consultations").with(OFFICER))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].party", contains("昌吉市新湖建材有限公司")));
		mvc.perform(get(REQUESTS + "/" + code + "/consultations").with(EDITOR)).andExpect(status().isForbidden());
		List<String> actions = tenants.callAs("binhu",
				() -> audit.recent(50).stream().filter(e -> e.subject().equals(code)).map(e -> e.action()).toList());
		assertThat(actions).contains("request.consultation-letter", "request.consultation-answered",
				"request.consultation-started", "request.consultation-ended");
	}

	@Test
	void withoutAnAnswerTheConsultationEndsOnTheReplyDueDateOnceItHasPassed() throws Exception {
		LocalDate today = LocalDate.now(ChinaTime.ZONE);
		String code = request(today.minusDays(45));
		LocalDate sentOn = today.minusDays(44);
		LocalDate replyDue = calendar.deadline(sentOn, 15).deadline();
		long id = tenants
			.callAs("binhu",
					() -> consultations.start(code, new NewConsultation("新湖村村民委员会", "滨湖镇新湖村", "是否同意公开？", sentOn),
							"binhu-officer"))
			.id();

		mvc.perform(post(REQUESTS + "/" + code + "/consultations/" + id + "/answer").with(OFFICER)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"answer\":\"NO_ANSWER\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.answer").value("NO_ANSWER"))
			.andExpect(jsonPath("$.answeredOn").value(replyDue.toString()));
		String explanation = mvc.perform(get(REQUESTS + "/" + code + "/deadline").with(OFFICER))
			.andExpect(jsonPath("$.state").value("RUNNING"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(explanation).contains("暂停 " + workingDays(sentOn, replyDue) + " 个工作日");
	}

	@Test
	void noAnswerCannotBeRecordedWhileThePartyStillHasTime() throws Exception {
		LocalDate today = LocalDate.now(ChinaTime.ZONE);
		String code = request(today.minusDays(2));
		long id = tenants
			.callAs("binhu",
					() -> consultations.start(code, new NewConsultation("新湖村村民委员会", "滨湖镇新湖村", "是否同意公开？", today),
							"binhu-officer"))
			.id();
		mvc.perform(post(REQUESTS + "/" + code + "/consultations/" + id + "/answer").with(OFFICER)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"answer\":\"NO_ANSWER\"}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("期限届满后才能记录逾期未答复")));
		mvc.perform(post(REQUESTS + "/" + code + "/consultations/" + id + "/answer").with(OFFICER)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"answer\":\"AGREES\",\"answeredOn\":\"" + today.minusDays(1) + "\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.fields", contains("answeredOn")));
		mvc.perform(get(REQUESTS + "/" + code + "/consultations").with(OFFICER))
			.andExpect(jsonPath("$[0].answer").doesNotExist());
	}

	@Test
	void theLetterPrintsWhoAsksWhatByWhenAndWhatSilenceMeans() throws Exception {
		LocalDate today = LocalDate.now(ChinaTime.ZONE);
		String code = request(today.minusDays(3));
		LocalDate sentOn = today.minusDays(1);
		long id = tenants.callAs("binhu",
				() -> consultations.start(code,
						new NewConsultation("昌吉市新湖建材有限公司", "昌吉市滨湖镇工业园区8号", "拟公开贵公司与新湖村签订的土地租赁合同，是否同意公开？", sentOn),
						"binhu-officer"))
			.id();
		String due = LetterTemplates.date(calendar.deadline(sentOn, 15).deadline());

		byte[] docx = mvc.perform(get(REQUESTS + "/" + code + "/consultations/" + id + "/letter.docx").with(OFFICER))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (var document = new XWPFDocument(new ByteArrayInputStream(docx));
				var text = new XWPFWordExtractor(document)) {
			assertThat(text.getText())
				.contains("征求第三方意见书", "昌吉市新湖建材有限公司：", "昌吉市滨湖镇人民政府", "新湖村2025年集体土地征收补偿方案", "土地租赁合同", "15个工作日", due,
						"逾期未提出意见", "第三十二条")
				.doesNotContain("马玉兰");
		}
		byte[] pdf = mvc.perform(get(REQUESTS + "/" + code + "/consultations/" + id + "/letter.pdf").with(OFFICER))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (var document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document).replace("\n", "").replace("\r", "");
			assertThat(text).contains("昌吉市新湖建材有限公司", "昌吉市滨湖镇人民政府", due, "逾期未提出意见").doesNotContain("\uFFFD");
		}
		mvc.perform(get(REQUESTS + "/" + code + "/consultations/" + id + "/letter.pdf").with(EDITOR))
			.andExpect(status().isForbidden());
		mvc.perform(get(REQUESTS + "/" + code + "/consultations/999999/letter.pdf").with(OFFICER))
			.andExpect(status().isNotFound());
	}

	@Test
	void badInputAndClosedRequestsAreRefusedWithNothingStored() throws Exception {
		LocalDate today = LocalDate.now(ChinaTime.ZONE);
		String code = request(today.minusDays(3));
		mvc.perform(post(REQUESTS + "/" + code + "/consultations").with(OFFICER)
			.contentType(MediaType.APPLICATION_JSON)
			.header("Accept-Language", "zh-CN")
			.content("{\"party\":\"  \",\"contact\":\"地址\",\"question\":\"是否同意公开？\",\"sentOn\":\"" + today.plusDays(1)
					+ "\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.fields", contains("party", "sentOn")))
			.andExpect(content().string(containsString("请填写“被征求意见方”")))
			.andExpect(content().string(containsString("“发出日期”不能晚于今天")));
		mvc.perform(get(REQUESTS + "/" + code + "/consultations").with(OFFICER)).andExpect(content().json("[]"));
		mvc.perform(get(REQUESTS + "/" + code + "/deadline").with(OFFICER))
			.andExpect(jsonPath("$.state").value("RUNNING"));
		mvc.perform(post(REQUESTS + "/" + code + "/consultations").with(EDITOR)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"party\":\"某公司\",\"contact\":\"地址\",\"question\":\"是否同意公开？\",\"sentOn\":\"" + today + "\"}"))
			.andExpect(status().isForbidden());

		String decided = request(today.minusDays(3));
		tenants.runAs("binhu", () -> {
			decisions.propose(decided, Outcome.DISCLOSED, "予以公开。", "《中华人民共和国政府信息公开条例》第三十六条第二项", "binhu-officer");
			decisions.approve(decided, "binhu-reviewer");
		});
		mvc.perform(post(REQUESTS + "/" + decided + "/consultations").with(OFFICER)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"party\":\"某公司\",\"contact\":\"地址\",\"question\":\"是否同意公开？\",\"sentOn\":\"" + today + "\"}"))
			.andExpect(status().isConflict());
		mvc.perform(get(REQUESTS + "/" + decided + "/consultations").with(OFFICER))
			.andExpect(status().isOk())
			.andExpect(content().json("[]"));
		mvc.perform(get(REQUESTS + "/" + decided + "/deadline").with(OFFICER))
			.andExpect(jsonPath("$.explanation[*]", not(hasItem(containsString("征求意见")))));
	}

	@Test
	void theSectionShowsTheConsultationsAndItsFormsWork() throws Exception {
		LocalDate today = LocalDate.now(ChinaTime.ZONE);
		String code = request(today.minusDays(5));
		String page = "/staff/towns/binhu/requests/" + code;
		mvc.perform(get(page).with(SIGNED_IN_OFFICER))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("征求第三方意见")))
			.andExpect(content().string(containsString("发出征求意见书")));

		mvc.perform(post(page + "/consultations").with(SIGNED_IN_OFFICER)
			.with(csrf())
			.param("party", "")
			.param("contact", "地址")
			.param("question", "是否同意公开？")
			.param("sentOn", today.toString()))
			.andExpect(redirectedUrl(page))
			.andExpect(flash().attribute("actionErrors", hasKey("party")));
		mvc.perform(post(page + "/consultations").with(SIGNED_IN_OFFICER)
			.with(csrf())
			.param("party", "昌吉市新湖建材有限公司")
			.param("contact", "昌吉市滨湖镇工业园区8号")
			.param("question", "是否同意公开土地租赁合同？")
			.param("sentOn", today.minusDays(2).toString()))
			.andExpect(redirectedUrl(page))
			.andExpect(flash().attribute("message", "requests.page.consultations.started"));
		long id = tenants.callAs("binhu", () -> consultations.list(code).get(0).id());
		mvc.perform(get(page).with(SIGNED_IN_OFFICER))
			.andExpect(content().string(containsString("昌吉市新湖建材有限公司")))
			.andExpect(content().string(containsString("等待答复")))
			.andExpect(content().string(containsString("/consultations/" + id + "/letter.pdf")));
		mvc.perform(get(page + "/consultations/" + id + "/letter.docx").with(SIGNED_IN_OFFICER))
			.andExpect(status().isOk());
		mvc.perform(post(page + "/consultations/" + id + "/answer").with(SIGNED_IN_OFFICER)
			.with(csrf())
			.param("answer", "AGREES")
			.param("answeredOn", today.toString())
			.param("note", ""))
			.andExpect(redirectedUrl(page))
			.andExpect(flash().attribute("message", "requests.page.consultations.answered"));
		mvc.perform(get(page).with(SIGNED_IN_OFFICER)).andExpect(content().string(containsString("同意公开")));
		mvc.perform(get(page).with(SIGNED_IN_EDITOR))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("昌吉市新湖建材有限公司"))));
		mvc.perform(post(page + "/consultations/" + id + "/answer").with(SIGNED_IN_EDITOR)
			.with(csrf())
			.param("answer", "OBJECTS")
			.param("answeredOn", today.toString())).andExpect(status().isForbidden());
	}

	@Test
	void aReplyIsApprovedOnlyOnceTheConsultationHasEnded() {
		LocalDate today = LocalDate.now(ChinaTime.ZONE);
		String code = request(today.minusDays(2));
		tenants.runAs("binhu", () -> {
			consultations.start(code, new NewConsultation("昌吉市新湖建材有限公司", "昌吉市建国路1号", "是否同意公开合同单价？", today),
					"binhu-officer");
			decisions.propose(code, Outcome.DISCLOSED, "予以公开。", "《中华人民共和国政府信息公开条例》第三十六条第二项", "binhu-officer");
		});
		assertThatThrownBy(() -> tenants.runAs("binhu", () -> decisions.approve(code, "binhu-reviewer")))
			.isInstanceOf(RequestException.class)
			.hasMessageContaining("requests.problem.paused");
		tenants.runAs("binhu", () -> {
			long id = consultations.list(code).get(0).id();
			consultations.answer(code, id, Consultation.Answer.AGREES, today, null, "binhu-officer");
			decisions.approve(code, "binhu-reviewer");
		});
		assertThat(tenants.callAs("binhu", () -> desk.detail(code).decidedOn())).isEqualTo(today);
	}

	private String request(LocalDate receivedOn) {
		return tenants.callAs("binhu", () -> desk.register(
				new NewRequest(ApplicantType.NATURAL_PERSON, "马玉兰", RequestFixtures.ID_NUMBER, null, null,
						"13912345678", null, "昌吉市滨湖镇新湖村", "新湖村2025年集体土地征收补偿方案", InformationForm.PAPER, Delivery.POST),
				IntakeChannel.IN_PERSON, receivedOn))
			.trackingCode();
	}

	private LocalDate dueOn(String code) throws Exception {
		String json = mvc.perform(get(REQUESTS + "/" + code + "/deadline").with(OFFICER))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return LocalDate.parse(JsonPath.read(json, "$.dueOn"));
	}

	/** Working days from {@code from} to {@code to}, both included. */
	private int workingDays(LocalDate from, LocalDate to) {
		int days = 0;
		for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
			if (calendar.isWorkingDay(day)) {
				days++;
			}
		}
		return days;
	}

}
