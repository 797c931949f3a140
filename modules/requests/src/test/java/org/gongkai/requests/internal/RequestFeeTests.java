package org.gongkai.requests.internal;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import com.jayway.jsonpath.JsonPath;
import jakarta.persistence.EntityManager;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.gongkai.calendar.api.WorkingDayCalendar;
import org.gongkai.requests.api.ApplicantType;
import org.gongkai.requests.api.ClockState;
import org.gongkai.requests.api.Delivery;
import org.gongkai.requests.api.FeeMethod;
import org.gongkai.requests.api.FeeNotice;
import org.gongkai.requests.api.FeesCollected;
import org.gongkai.requests.api.InformationForm;
import org.gongkai.requests.api.IntakeChannel;
import org.gongkai.requests.api.NewRequest;
import org.gongkai.requests.api.Outcome;
import org.gongkai.requests.api.RequestClock;
import org.gongkai.requests.api.RequestDecisions;
import org.gongkai.requests.api.RequestDeadline;
import org.gongkai.requests.api.RequestDesk;
import org.gongkai.requests.api.RequestDetail;
import org.gongkai.requests.api.RequestFees;
import org.gongkai.requests.api.RequestState;
import org.gongkai.tenancy.api.AuditTrail;
import org.gongkai.tenancy.api.Tenants;
import org.gongkai.tenancy.api.TownProvisioning;
import org.gongkai.tenancy.api.TownRegistry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
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
 * Processing fees on stored requests: the per-request count over an applicant's calendar
 * month, the per-page notice and its effect on the deadline, refusals that store nothing,
 * payment, waiver and lapse, the year's fees collected, the notice letter, and the staff
 * page's fee section.
 */
@SpringBootTest(properties = { "gongkai.oidc.issuer=http://127.0.0.1:9/realms/gongkai",
		"gongkai.requests.limits.submissions-per-minute=1000" })
@AutoConfigureMockMvc
@Import(RequestFixtures.NoIdentityProvider.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RequestFeeTests {

	static final String REQUESTS = "/api/v1/towns/binhu/requests";

	static final String PAGES = "/staff/towns/binhu/requests";

	static final RequestPostProcessor OFFICER = RequestFixtures.staff("binhu-officer", "ROLE_request-officer",
			"TOWN_binhu");

	static final RequestPostProcessor EDITOR = RequestFixtures.staff("binhu-editor", "ROLE_town-editor", "TOWN_binhu");

	static final RequestPostProcessor SIGNED_IN_OFFICER = RequestFixtures.signedIn("binhu-officer",
			"ROLE_request-officer", "TOWN_binhu");

	static final RequestPostProcessor SIGNED_IN_EDITOR = RequestFixtures.signedIn("binhu-editor", "ROLE_town-editor",
			"TOWN_binhu");

	@Autowired
	MockMvc mvc;

	@Autowired
	TownProvisioning provisioning;

	@Autowired
	Tenants tenants;

	@Autowired
	RequestDesk desk;

	@Autowired
	RequestFees fees;

	@Autowired
	RequestClock requestClock;

	@Autowired
	RequestDecisions decisions;

	@Autowired
	WorkingDayCalendar calendar;

	@Autowired
	Clock clock;

	LocalDate today;

	@BeforeAll
	void town() {
		provisioning.provision(RequestFixtures.BINHU);
		today = ChinaTime.today(clock);
	}

	@Test
	void perRequestFeesCountTheApplicantsRequestsOfTheCalendarMonth() throws Exception {
		String idNumber = newIdNumber();
		YearMonth month = YearMonth.from(today).minusMonths(2);
		List<String> codes = new ArrayList<>();
		for (int n = 1; n <= 31; n++) {
			// three a day, so some share a receipt date and count in the order registered
			codes.add(register(idNumber, month.atDay(1 + (n - 1) / 3)));
		}
		String nextMonth = register(idNumber, month.plusMonths(1).atDay(1));
		String someoneElse = register(newIdNumber(), month.atDay(28));

		quote(codes.get(9), "PER_REQUEST").andExpect(status().isOk())
			.andExpect(jsonPath("$.amount").value(0.0))
			.andExpect(jsonPath("$.bands[0].from").value(10));
		quote(codes.get(10), "PER_REQUEST").andExpect(jsonPath("$.amount").value(100.0))
			.andExpect(jsonPath("$.bands[0].from").value(11))
			.andExpect(jsonPath("$.bands[0].unitPrice").value(100.0));
		quote(codes.get(29), "PER_REQUEST").andExpect(jsonPath("$.amount").value(100.0));
		quote(codes.get(30), "PER_REQUEST").andExpect(jsonPath("$.amount").value(200.0))
			.andExpect(jsonPath("$.bands[0].from").value(31));
		quote(nextMonth, "PER_REQUEST").andExpect(jsonPath("$.amount").value(0.0))
			.andExpect(jsonPath("$.bands[0].from").value(1));
		quote(someoneElse, "PER_REQUEST").andExpect(jsonPath("$.bands[0].from").value(1));

		sendNotice(codes.get(10), "PER_REQUEST", null, today).andExpect(status().isCreated())
			.andExpect(jsonPath("$.method").value("PER_REQUEST"))
			.andExpect(jsonPath("$.nthRequestOfMonth").value(11))
			.andExpect(jsonPath("$.fee.amount").value(100.0))
			.andExpect(jsonPath("$.state").value("NOTICE_SENT"))
			.andExpect(jsonPath("$.payBy").value(calendar.deadline(today, 20).deadline().toString()));
		sendNotice(codes.get(30), "PER_REQUEST", null, today).andExpect(status().isCreated())
			.andExpect(jsonPath("$.nthRequestOfMonth").value(31))
			.andExpect(jsonPath("$.fee.amount").value(200.0));
	}

	@Test
	void aPerPageNoticePausesTheClockAndPaymentResumesIt() throws Exception {
		String code = register(newIdNumber(), today.minusDays(14));
		LocalDate sentOn = today.minusDays(7);
		LocalDate dueBefore = requestClock(code).dueOn();
		FeesCollected before = collected(today.getYear());

		quote(code, "PER_PAGE", "250").andExpect(jsonPath("$.amount").value(4700.0))
			.andExpect(jsonPath("$.bands", hasSize(4)));
		sendNotice(code, "PER_PAGE", 45, sentOn).andExpect(status().isCreated())
			.andExpect(jsonPath("$.pages").value(45))
			.andExpect(jsonPath("$.fee.amount").value(150.0))
			.andExpect(jsonPath("$.fee.bands[1].from").value(31))
			.andExpect(jsonPath("$.fee.bands[1].to").value(45))
			.andExpect(jsonPath("$.payBy").value(calendar.deadline(sentOn, 20).deadline().toString()));
		RequestDeadline paused = requestClock(code);
		mvc.perform(post(REQUESTS + "/" + code + "/fees/paid").with(OFFICER)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"paidOn\":\"" + today + "\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("PAID"))
			.andExpect(jsonPath("$.settledOn").value(today.toString()));
		RequestDeadline resumed = requestClock(code);

		assertThat(dueBefore).isNotNull();
		assertThat(paused.state()).isEqualTo(ClockState.PAUSED_FOR_FEE);
		assertThat(paused.dueOn()).isNull();
		assertThat(resumed.state()).isEqualTo(ClockState.RUNNING);
		assertThat(resumed.dueOn()).isAfter(dueBefore);
		assertThat(state(code)).isEqualTo(RequestState.RECEIVED);
		FeesCollected after = collected(today.getYear());
		assertThat(after.notices()).isEqualTo(before.notices() + 1);
		assertThat(after.amount()).isEqualByComparingTo(before.amount().add(new BigDecimal("150")));
		assertThat(collected(today.getYear() - 1).amount()).isEqualByComparingTo(BigDecimal.ZERO);
		mvc.perform(get(REQUESTS + "/fees/collected").param("year", String.valueOf(today.getYear())).with(OFFICER))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.notices").value(after.notices()));
		mvc.perform(get(REQUESTS + "/" + code + "/fees").with(OFFICER))
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].state").value("PAID"));
		assertThat(timeline(code)).contains("fee-notice-sent", "fee-paid");
	}

	@Test
	void refusalsNameTheFieldInChineseAndStoreNothing() throws Exception {
		String code = register(newIdNumber(), today);

		sendNotice(code, "PER_REQUEST", null, today).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.fields").value(hasItem("method")))
			.andExpect(jsonPath("$.errors.method").value(containsString("第 1 件")));
		sendNotice(code, "PER_PAGE", 30, today).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.pages").value(containsString("未超过 30 页")));
		sendNotice(code, "PER_PAGE", null, today).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.pages").value("请填写“页数”。"));
		sendNotice(code, "PER_PAGE", -1, today).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.pages").value(containsString("0 到 100000")));
		sendNotice(code, "PER_REQUEST", 45, today).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.pages").value(containsString("按件计收不按页数计费")));
		sendNotice(code, "BY_WEIGHT", 45, today).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.method").value(containsString("按件计收（PER_REQUEST）或按量计收")));
		sendNotice(code, "PER_PAGE", 45, today.plusDays(1)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.sentOn").value("“发出日期”不能晚于今天。"));
		quote(code, "PER_PAGE", "many").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.pages").value(containsString("整数")));
		quote(code, "", null).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.method").value("请填写“计收方式”。"));
		mvc.perform(post(REQUESTS + "/" + code + "/fees/paid").with(OFFICER)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"paidOn\":\"" + today + "\"}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("没有待缴费的收费通知")));
		mvc.perform(get(REQUESTS + "/" + code + "/fees/notice.docx").with(OFFICER)).andExpect(status().isNotFound());
		mvc.perform(post(REQUESTS + "/" + code + "/fees").with(EDITOR)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"method\":\"PER_PAGE\",\"pages\":45,\"sentOn\":\"" + today + "\"}"))
			.andExpect(status().isForbidden());
		assertThat(notices(code)).isEmpty();
		assertThat(state(code)).isEqualTo(RequestState.RECEIVED);
		assertThat(timeline(code)).doesNotContain("fee-notice-sent");

		sendNotice(code, "PER_PAGE", 45, today).andExpect(status().isCreated());
		sendNotice(code, "PER_PAGE", 60, today).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("已有待缴费的收费通知")));
		assertThat(notices(code)).hasSize(1);

		String decided = register(newIdNumber(), today);
		tenants.runAs("binhu", () -> {
			decisions.propose(decided, Outcome.DISCLOSED, "予以公开。", "《中华人民共和国政府信息公开条例》第三十六条第（二）项", "binhu-officer");
			decisions.approve(decided, "binhu-reviewer");
		});
		sendNotice(decided, "PER_PAGE", 45, today).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("已办结")));
		assertThat(notices(decided)).isEmpty();
	}

	@Test
	void aWaiverNeedsAReasonResumesTheClockAndCollectsNothing() throws Exception {
		String code = register(newIdNumber(), today.minusDays(10));
		sendNotice(code, "PER_PAGE", 120, today.minusDays(3)).andExpect(status().isCreated())
			.andExpect(jsonPath("$.fee.amount").value(1100.0));
		FeesCollected before = collected(today.getYear());

		mvc.perform(post(REQUESTS + "/" + code + "/fees/waived").with(OFFICER)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"waivedOn\":\"" + today + "\",\"waiverReason\":\"  \"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.waiverReason").value("请填写“免收理由”。"));
		mvc.perform(post(REQUESTS + "/" + code + "/fees/waived").with(OFFICER)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"waivedOn\":\"" + today.minusDays(4) + "\",\"waiverReason\":\"申请人为低保户\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.waivedOn").value(containsString("不能早于")));
		mvc.perform(post(REQUESTS + "/" + code + "/fees/waived").with(OFFICER)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"waivedOn\":\"" + today + "\",\"waiverReason\":\"申请人为低保户\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("WAIVED"))
			.andExpect(jsonPath("$.waiverReason").value("申请人为低保户"));

		assertThat(requestClock(code).state()).isEqualTo(ClockState.RUNNING);
		assertThat(collected(today.getYear())).isEqualTo(before);
		assertThat(timeline(code)).contains("fee-waived");
	}

	@Test
	void aNoticeUnpaidPastItsPeriodClosesTheRequestAsFeeUnpaid() throws Exception {
		String code = register(newIdNumber(), today.minusDays(70));
		LocalDate sentOn = today.minusDays(60);

		sendNotice(code, "PER_PAGE", 45, sentOn).andExpect(status().isCreated())
			.andExpect(jsonPath("$.state").value("LAPSED"))
			.andExpect(jsonPath("$.settledOn").value(calendar.deadline(sentOn, 20).deadline().plusDays(1).toString()));

		RequestDetail request = detail(code);
		assertThat(request.state()).isEqualTo(RequestState.CLOSED);
		assertThat(request.outcome()).isEqualTo(Outcome.OTHER_FEE_UNPAID);
		assertThat(timeline(code)).contains("fee-lapsed");
		mvc.perform(post(REQUESTS + "/" + code + "/fees/paid").with(OFFICER)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"paidOn\":\"" + today + "\"}")).andExpect(status().isConflict());
		assertThat(notices(code)).extracting(FeeNotice::state).containsExactly(FeeNotice.State.LAPSED);
	}

	/**
	 * The watch's view from a day after the period: the service and the clock are built
	 * with a clock 60 days ahead, the rest is the application's.
	 */
	@Test
	void theWatchClosesRequestsWhoseNoticeWentUnpaid(@Autowired EntityManager entityManager,
			@Autowired DeadlineEngine engine, @Autowired RequestStore store, @Autowired AuditTrail audit,
			@Autowired TownRegistry towns, @Autowired MessageSource messages, @Autowired DeadlineSettings settings,
			@Autowired FeeCalculator calculator, @Autowired PlatformTransactionManager transactions,
			@Autowired ApplicationEventPublisher events) throws Exception {
		String code = register(newIdNumber(), today.minusDays(3));
		sendNotice(code, "PER_PAGE", 45, today).andExpect(status().isCreated())
			.andExpect(jsonPath("$.state").value("NOTICE_SENT"));
		Clock later = Clock.offset(clock, Duration.ofDays(60));
		var laterClock = new DefaultRequestClock(entityManager, engine, store, audit, later, events);
		var laterFees = new DefaultRequestFees(entityManager, calculator, laterClock, store, towns, audit, messages,
				settings, later, events);
		var transaction = new TransactionTemplate(transactions);

		List<FeeNotice> seenLater = tenants.callAs("binhu", () -> transaction.execute(s -> laterFees.notices(code)));
		assertThat(seenLater).extracting(FeeNotice::state).containsExactly(FeeNotice.State.LAPSED);
		assertThat(notices(code)).extracting(FeeNotice::state).containsExactly(FeeNotice.State.NOTICE_SENT);

		Integer closed = tenants.callAs("binhu", () -> transaction.execute(s -> laterFees.closeLapsed()));
		Integer again = tenants.callAs("binhu", () -> transaction.execute(s -> laterFees.closeLapsed()));

		assertThat(closed).isPositive();
		assertThat(again).isZero();
		assertThat(detail(code).state()).isEqualTo(RequestState.CLOSED);
		assertThat(detail(code).outcome()).isEqualTo(Outcome.OTHER_FEE_UNPAID);
		assertThat(notices(code)).extracting(FeeNotice::state).containsExactly(FeeNotice.State.LAPSED);
		assertThat(timeline(code)).contains("fee-lapsed");
	}

	@Test
	void theFeeNoticeLetterPrintsAsDocxAndPdf() throws Exception {
		String code = register(newIdNumber(), today.minusDays(5));
		LocalDate payBy = calendar.deadline(today, 20).deadline();
		sendNotice(code, "PER_PAGE", 250, today).andExpect(status().isCreated());
		String payByText = payBy.getYear() + "年" + payBy.getMonthValue() + "月" + payBy.getDayOfMonth() + "日";

		byte[] docx = mvc.perform(get(REQUESTS + "/" + code + "/fees/notice.docx").with(OFFICER))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		byte[] pdf = mvc.perform(get(REQUESTS + "/" + code + "/fees/notice.pdf").with(OFFICER))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();

		try (var document = new XWPFDocument(new ByteArrayInputStream(docx));
				var text = new XWPFWordExtractor(document)) {
			assertThat(text.getText()).contains("政府信息公开信息处理费收费通知书", "马玉兰：", "国办函〔2020〕109号", "按量计收",
					"第201页至第250页，共50页，每页40.00元，小计2,000.00元", "应缴纳信息处理费4,700.00元。", payByText, "视为您放弃", "昌吉市滨湖镇人民政府",
					code);
		}
		try (var document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document).replace("\n", "").replace("\r", "");
			assertThat(text).contains("收费通知书", "国办函〔2020〕109号", "4,700.00", payByText, "昌吉市滨湖镇人民政府")
				.doesNotContain("\uFFFD");
		}
	}

	@Test
	void theStaffSectionShowsNoticesAndItsFormsWork() throws Exception {
		String code = register(newIdNumber(), today.minusDays(2));
		String page = PAGES + "/" + code;

		mvc.perform(get(page).with(SIGNED_IN_OFFICER))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("信息处理费")))
			.andExpect(content().string(containsString("本申请尚未发出收费通知")))
			.andExpect(content().string(containsString("发出收费通知")));
		mvc.perform(post(page + "/fees/quote").with(SIGNED_IN_OFFICER)
			.with(csrf())
			.param("method", "PER_PAGE")
			.param("pages", "250"))
			.andExpect(redirectedUrl(page))
			.andExpect(flash().attribute("feeQuote", containsString("4,700.00")));
		mvc.perform(post(page + "/fees").with(SIGNED_IN_OFFICER)
			.with(csrf())
			.param("method", "PER_PAGE")
			.param("pages", "20")
			.param("sentOn", today.toString()))
			.andExpect(redirectedUrl(page))
			.andExpect(flash().attribute("actionErrors", Map.of("pages", "本件申请共 20 页，未超过 30 页，免收信息处理费，不发收费通知。")));
		mvc.perform(post(page + "/fees").with(SIGNED_IN_OFFICER)
			.with(csrf())
			.param("method", "PER_PAGE")
			.param("pages", "45")
			.param("sentOn", "27/11/2026"))
			.andExpect(flash().attribute("actionErrors", Map.of("sentOn", "“发出日期”不是有效的日期。")));
		mvc.perform(post(page + "/fees").with(SIGNED_IN_OFFICER).param("method", "PER_PAGE").param("pages", "45"))
			.andExpect(status().isForbidden());
		mvc.perform(post(page + "/fees").with(SIGNED_IN_EDITOR)
			.with(csrf())
			.param("method", "PER_PAGE")
			.param("pages", "45")
			.param("sentOn", today.toString())).andExpect(status().isForbidden());
		assertThat(notices(code)).isEmpty();

		mvc.perform(post(page + "/fees").with(SIGNED_IN_OFFICER)
			.with(csrf())
			.param("method", "PER_PAGE")
			.param("pages", "45")
			.param("sentOn", today.toString()))
			.andExpect(redirectedUrl(page))
			.andExpect(flash().attribute("message", "requests.page.fees.flash.noticed"));
		mvc.perform(get(page).with(SIGNED_IN_OFFICER))
			.andExpect(content().string(containsString("150.00")))
			.andExpect(content().string(containsString("待缴费")))
			.andExpect(content().string(containsString("第31页至第45页，共15页，每页10.00元，小计150.00元")))
			.andExpect(content().string(containsString("/fees/notice.pdf")))
			.andExpect(content().string(containsString("记录缴费")));
		mvc.perform(get(page).with(SIGNED_IN_EDITOR))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("150.00")))
			.andExpect(content().string(not(containsString("/fees/notice.pdf"))))
			.andExpect(content().string(not(containsString("记录缴费"))));
		mvc.perform(get(page + "/fees/notice.docx").with(SIGNED_IN_OFFICER)).andExpect(status().isOk());

		mvc.perform(post(page + "/fees/waived").with(SIGNED_IN_OFFICER)
			.with(csrf())
			.param("waivedOn", today.toString())
			.param("waiverReason", ""))
			.andExpect(flash().attribute("actionErrors", Map.of("waiverReason", "请填写“免收理由”。")));
		mvc.perform(post(page + "/fees/paid").with(SIGNED_IN_OFFICER).with(csrf()).param("paidOn", today.toString()))
			.andExpect(redirectedUrl(page))
			.andExpect(flash().attribute("message", "requests.page.fees.flash.paid"));
		mvc.perform(post(page + "/fees/paid").with(SIGNED_IN_OFFICER).with(csrf()).param("paidOn", today.toString()))
			.andExpect(flash().attribute("actionError", containsString("没有待缴费的收费通知")));
		mvc.perform(get(page).with(SIGNED_IN_OFFICER))
			.andExpect(content().string(containsString("已缴费")))
			.andExpect(content().string(not(containsString("记录缴费"))));
		assertThat(notices(code)).extracting(FeeNotice::state).containsExactly(FeeNotice.State.PAID);
	}

	private ResultActions quote(String code, String method) throws Exception {
		return quote(code, method, null);
	}

	private ResultActions quote(String code, String method, String pages) throws Exception {
		var request = get(REQUESTS + "/" + code + "/fees/quote").with(OFFICER).param("method", method);
		if (pages != null) {
			request.param("pages", pages);
		}
		return mvc.perform(request);
	}

	private ResultActions sendNotice(String code, String method, Integer pages, LocalDate sentOn) throws Exception {
		return mvc.perform(post(REQUESTS + "/" + code + "/fees").with(OFFICER)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"method\":\"%s\",\"pages\":%s,\"sentOn\":\"%s\"}".formatted(method, pages, sentOn)));
	}

	private String register(String idNumber, LocalDate receivedOn) {
		return tenants.callAs("binhu",
				() -> desk.register(
						new NewRequest(ApplicantType.NATURAL_PERSON, "马玉兰", idNumber, null, null, "13912345678", null,
								"昌吉市滨湖镇新湖村", "新湖村2025年集体土地征收补偿方案及补偿款发放明细", InformationForm.PAPER, Delivery.POST),
						IntakeChannel.IN_PERSON, receivedOn))
			.trackingCode();
	}

	private RequestDeadline requestClock(String code) {
		return tenants.callAs("binhu", () -> requestClock.deadline(code));
	}

	private List<FeeNotice> notices(String code) {
		return tenants.callAs("binhu", () -> fees.notices(code));
	}

	private FeesCollected collected(int year) {
		return tenants.callAs("binhu", () -> fees.collected(year));
	}

	private RequestDetail detail(String code) {
		return tenants.callAs("binhu", () -> desk.detail(code));
	}

	private RequestState state(String code) {
		return detail(code).state();
	}

	private List<String> timeline(String code) {
		return detail(code).timeline().stream().map(RequestDetail.Event::kind).toList();
	}

	/**
	 * A resident ID no other test uses, so that each test's applicant has its own month.
	 */
	private static String newIdNumber() {
		var random = ThreadLocalRandom.current();
		LocalDate born = LocalDate.of(1950, 1, 1).plusDays(random.nextInt(20_000));
		String first17 = "652301" + born.toString().replace("-", "") + "%03d".formatted(random.nextInt(1000));
		return first17 + ResidentId.checkCharacter(first17);
	}

}
