package org.gongkai.portal.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManager;
import jakarta.servlet.http.Cookie;
import org.gongkai.portal.PortalFixtures;
import org.gongkai.requests.api.ApplicantType;
import org.gongkai.requests.api.Delivery;
import org.gongkai.requests.api.InformationForm;
import org.gongkai.requests.api.NewRequest;
import org.gongkai.requests.api.RequestIntake;
import org.gongkai.tenancy.api.Tenants;
import org.gongkai.tenancy.api.TownLifecycle;
import org.gongkai.tenancy.api.TownProvisioning;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A citizen applies online through the portal's form (with the CSRF token the browser
 * chain asks for), gets a receipt with the tracking code, and follows the request; wrong
 * entries come back beside their fields, stored nothing. Against the real PostgreSQL and
 * Redis.
 */
@SpringBootTest(properties = "gongkai.oidc.issuer=http://127.0.0.1:9/realms/gongkai")
@AutoConfigureMockMvc
@Import(PortalFixtures.NoIdentityProvider.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApplicationPagesTests {

	static final String NEW = "/towns/binhu/requests/new";

	static final String STATUS = "/towns/binhu/requests/status";

	/** A valid resident ID (the last character is the check character). */
	static final String ID_NUMBER = "652301198503120031";

	private static final Pattern TRACKING_CODE = Pattern.compile("code=([2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4})");

	@Autowired
	MockMvc mvc;

	@Autowired
	TownProvisioning provisioning;

	@Autowired
	TownLifecycle lifecycle;

	@Autowired
	Tenants tenants;

	@Autowired
	RequestIntake intake;

	@Autowired
	EntityManager entityManager;

	@Autowired
	TransactionTemplate transactions;

	/**
	 * This run's client address: attempt limits count per client in the Redis every build
	 * on the machine shares.
	 */
	final String client = "10.%d.%d.%d".formatted(ThreadLocalRandom.current().nextInt(1, 255),
			ThreadLocalRandom.current().nextInt(1, 255), ThreadLocalRandom.current().nextInt(1, 255));

	@BeforeAll
	void towns() {
		provisioning.provision(PortalFixtures.BINHU);
		provisioning.provision(PortalFixtures.SANGONG);
	}

	@Test
	void theFormAsksForEverythingInChineseWithAFreshKeyAndIsNeverCached() throws Exception {
		Form first = form(NEW);
		Form second = form(NEW);

		assertThat(first.html()).contains("<title>在线申请 - 滨湖镇政府信息公开</title>", "申请人类型", "自然人", "商业企业", "科研机构", "社会公益组织",
				"法律服务机构", "其他组织", "姓名", "身份证号码", "单位名称", "统一社会信用代码", "联系电话", "电子邮箱", "通信地址", "所需信息的内容描述", "信息的形式", "纸质",
				"电子", "获取信息的方式", "邮寄", "电子邮件", "自行领取", "在线获取", "提交申请", "name=\"_csrf\"",
				"aria-describedby=\"idNumber-hint\"",
				"<a href=\"/towns/binhu/requests/new\" aria-current=\"page\">在线申请</a>",
				"href=\"/towns/binhu/requests/status\"",
				"<input type=\"radio\" id=\"applicantType-NATURAL_PERSON\" name=\"applicantType\" value=\"NATURAL_PERSON\" checked=\"checked\">",
				"<input type=\"radio\" id=\"delivery-EMAIL\" name=\"delivery\" value=\"EMAIL\">",
				"<label for=\"delivery-EMAIL\">电子邮件</label>");
		assertThat(first.key()).isNotEqualTo(second.key());
		assertThat(UUID.fromString(first.key())).isNotNull();
		assertThat(html(NEW + "?lang=en")).contains("Request government information online", "Natural person",
				"Unified social credit code");
	}

	@Test
	void aValidApplicationRedirectsToItsReceiptWhichShowsTheCodeAndNothingPersonal() throws Exception {
		long before = count();
		Form form = form(NEW);

		MvcResult posted = mvc.perform(form.post(valid(form.key())))
			.andExpect(status().isFound())
			.andExpect(redirectedUrlPattern("/towns/binhu/requests/receipt?code=*"))
			.andReturn();
		String code = trackingCode(posted);

		assertThat(count()).isEqualTo(before + 1);
		assertThat(html("/towns/binhu/requests/receipt?code=" + code))
			.contains("申请已提交", "查询码", "<p class=\"tracking-code\">" + code + "</p>", "收到申请日期", "答复期限", "手机号后四位")
			.doesNotContain("王建国", ID_NUMBER, "13912345678", "低保资金");
		mvc.perform(get("/towns/binhu/requests/receipt").param("code", "2222-2222-2222"))
			.andExpect(status().isNotFound());
	}

	@Test
	void postingTheSameKeyTwiceStoresOneRequest() throws Exception {
		long before = count();
		Form form = form(NEW);

		String first = trackingCode(mvc.perform(form.post(valid(form.key()))).andReturn());
		String second = trackingCode(mvc.perform(form.post(valid(form.key()))).andReturn());

		assertThat(second).isEqualTo(first);
		assertThat(count()).isEqualTo(before + 1);
	}

	@Test
	void anOrganisationGivesItsNameAndCreditCode() throws Exception {
		Form form = form(NEW);
		var post = form.post("idempotencyKey", form.key(), "applicantType",
				ApplicantType.LEGAL_SERVICE_ORGANIZATION.name(), "name", "李律师", "organizationName", "新疆天山律师事务所",
				"creditCode", "113708280043326001", "phone", "0994-2345678", "description", "请公开滨湖镇2025年征地补偿方案", "form",
				InformationForm.PAPER.name(), "delivery", Delivery.PICKUP.name());
		MvcResult result = mvc.perform(post).andReturn();
		assertThat(result.getResponse().getStatus()).as(body(result)).isEqualTo(302);
	}

	@Test
	void wrongEntriesComeBackBesideTheirFieldsKeptAndStoreNothing() throws Exception {
		long before = count();
		Form form = form(NEW);

		String page = mvc
			.perform(form.post(fields(form.key(), "", "652301198503120032", "x".repeat(10_000), "13912345678"))
				.param("address", "昌吉市\u0007滨湖镇"))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);

		assertThat(count()).isEqualTo(before);
		assertThat(page).contains("申请填写有误，请修改以下内容", "共 4 处需要修改", "<a href=\"#name\">请填写“姓名”。</a>",
				"<p class=\"error\" id=\"name-error\">请填写“姓名”。</p>",
				"<p class=\"error\" id=\"idNumber-error\">“身份证号码”不是有效的居民身份证号码，请核对出生日期和最后一位校验码。</p>",
				"<p class=\"error\" id=\"description-error\">“所需信息的内容描述”不能超过 2000 个字（现有 10000 个字）。</p>",
				"<p class=\"error\" id=\"address-error\">“通信地址”含有无法显示的控制字符，请删除后重新填写。</p>",
				"aria-invalid=\"true\" aria-describedby=\"name-hint name-error\"", "value=\"652301198503120032\"",
				"value=\"13912345678\"", "value=\"" + form.key() + "\"");
	}

	@Test
	void theStatusPageShowsTheTimelineForTheRightDigitsAndOneMessageOtherwise() throws Exception {
		String code = tenants.callAs("binhu", () -> intake.submit(request(), UUID.randomUUID().toString()))
			.trackingCode();
		Form form = form(STATUS);

		String found = body(
				mvc.perform(form.post().param("trackingCode", code.toLowerCase()).param("phoneLast4", "5678"))
					.andExpect(status().isOk())
					.andReturn());
		assertThat(found).contains("查询码 " + code + " 的申请", "已收到，正在办理", "当前答复期限", "网上提交申请", "确认收到申请，开始计算答复期限")
			.doesNotContain("王建国", "13912345678");

		String wrongDigits = body(mvc.perform(form.post().param("trackingCode", code).param("phoneLast4", "0000"))
			.andExpect(status().isNotFound())
			.andReturn());
		String unknownCode = body(
				mvc.perform(form.post().param("trackingCode", "2222-2222-2222").param("phoneLast4", "5678"))
					.andExpect(status().isNotFound())
					.andReturn());
		assertThat(wrongDigits).contains("没有找到与该查询码和手机号后四位相符的申请，请核对后重试。").doesNotContain("网上提交申请");
		assertThat(unknownCode).contains("没有找到与该查询码和手机号后四位相符的申请，请核对后重试。");
	}

	@Test
	void tooManyLookupsAreRefusedInChinese() throws Exception {
		Form form = form(STATUS);
		String lone = "10.0.%d.%d".formatted(ThreadLocalRandom.current().nextInt(1, 255),
				ThreadLocalRandom.current().nextInt(1, 255));
		List<Integer> answers = new ArrayList<>();
		String last = "";
		// the limit counts per minute: past a minute's turn it starts again, so try on
		while (answers.size() < 45 && !answers.contains(429)) {
			MvcResult result = mvc.perform(
					form.post().with(from(lone)).param("trackingCode", "2222-2222-2222").param("phoneLast4", "1234"))
				.andReturn();
			answers.add(result.getResponse().getStatus());
			last = body(result);
		}
		assertThat(answers).hasSizeGreaterThanOrEqualTo(21).endsWith(429);
		assertThat(answers.subList(0, answers.size() - 1)).containsOnly(404);
		assertThat(last).contains("操作过于频繁，请一分钟后再试。");
	}

	@Test
	void anArchivedTownTakesNoApplicationsButAnswersLookups() throws Exception {
		String code = tenants.callAs("sangong", () -> intake.submit(request(), null)).trackingCode();
		lifecycle.archive("sangong", "行政区划调整");

		assertThat(html("/towns/sangong/requests/new")).contains("不再受理网上申请", "三工镇人民政府")
			.doesNotContain("<form class=\"application\"");
		Form form = form("/towns/sangong/requests/status");
		assertThat(body(mvc.perform(form.post().param("trackingCode", code).param("phoneLast4", "5678"))
			.andExpect(status().isOk())
			.andReturn())).contains("已收到，正在办理");
	}

	@Test
	void theTownsHomeLinksToTheFormAndTheLookup() throws Exception {
		assertThat(html("/towns/binhu"))
			.contains("<a href=\"/towns/binhu/requests/new\">在线申请</a>",
					"<a href=\"/towns/binhu/requests/status\">申请查询</a>")
			.doesNotContain("即将开通");
	}

	private static NewRequest request() {
		return new NewRequest(ApplicantType.NATURAL_PERSON, "王建国", ID_NUMBER, null, null, "13912345678", null, null,
				"请公开2016年滨湖村农村低保资金发放明细", InformationForm.ELECTRONIC, Delivery.ONLINE);
	}

	private static String[] valid(String key) {
		return fields(key, "王建国", ID_NUMBER, "请公开2016年滨湖村农村低保资金发放明细", "13912345678");
	}

	private static String[] fields(String key, String name, String idNumber, String description, String phone) {
		return new String[] { "idempotencyKey", key, "applicantType", ApplicantType.NATURAL_PERSON.name(), "name", name,
				"idNumber", idNumber, "phone", phone, "description", description, "form",
				InformationForm.ELECTRONIC.name(), "delivery", Delivery.ONLINE.name() };
	}

	private Form form(String path) throws Exception {
		MvcResult result = mvc.perform(get(path).with(from(client)))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("no-store")))
			.andReturn();
		String html = body(result);
		return new Form(path, client, hidden(html, "_csrf"), hidden(html, "idempotencyKey"), html,
				result.getResponse().getCookies(), (MockHttpSession) result.getRequest().getSession(false));
	}

	private String html(String path) throws Exception {
		return body(mvc.perform(get(path).with(from(client))).andExpect(status().isOk()).andReturn());
	}

	private static String body(MvcResult result) throws Exception {
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private static String hidden(String html, String name) {
		Matcher matcher = Pattern.compile("name=\"" + name + "\" value=\"([^\"]*)\"").matcher(html);
		return matcher.find() ? matcher.group(1) : "";
	}

	private static String trackingCode(MvcResult result) {
		Matcher matcher = TRACKING_CODE.matcher(String.valueOf(result.getResponse().getRedirectedUrl()));
		assertThat(matcher.find()).as("redirected to a receipt").isTrue();
		return matcher.group(1);
	}

	private static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	private long count() {
		return tenants
			.callAs("binhu",
					() -> transactions.execute(status -> ((Number) entityManager
						.createNativeQuery("select count(*) from disclosure_request")
						.getSingleResult()).longValue()));
	}

	/** A rendered form: what the browser posts back with it. */
	private record Form(String path, String client, String csrf, String key, String html, Cookie[] cookies,
			@Nullable MockHttpSession session) {

		MockHttpServletRequestBuilder post(String... parameters) {
			MockHttpServletRequestBuilder post = MockMvcRequestBuilders.post(path)
				.with(from(client))
				.param("_csrf", csrf);
			if (cookies.length > 0) {
				post.cookie(cookies);
			}
			if (session != null) {
				post.session(session);
			}
			for (int i = 0; i < parameters.length; i += 2) {
				post.param(parameters[i], parameters[i + 1]);
			}
			return post;
		}

	}

}
