package org.gongkai.reporting.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.gongkai.disclosure.api.CatalogueItem;
import org.gongkai.disclosure.api.CatalogueService;
import org.gongkai.disclosure.api.Category;
import org.gongkai.disclosure.api.CategoryService;
import org.gongkai.disclosure.api.Channel;
import org.gongkai.disclosure.api.ItemDraft;
import org.gongkai.disclosure.api.Validity;

import org.gongkai.reporting.api.AnnualReport;
import org.gongkai.reporting.api.AnnualReports;
import org.gongkai.reporting.api.Finding;
import org.gongkai.reporting.api.Rule;
import org.gongkai.reporting.api.Section;
import org.gongkai.reporting.api.Table2;
import org.gongkai.reporting.api.Table3;
import org.gongkai.reporting.api.Table3Row;
import org.gongkai.reporting.api.Table4;
import org.gongkai.requests.api.ApplicantType;
import org.gongkai.requests.api.CaseOutcome;
import org.gongkai.requests.api.ClockChange;
import org.gongkai.requests.api.Delivery;
import org.gongkai.requests.api.FeeMethod;
import org.gongkai.requests.api.InformationForm;
import org.gongkai.requests.api.IntakeChannel;
import org.gongkai.requests.api.LitigationRoute;
import org.gongkai.requests.api.NewRequest;
import org.gongkai.requests.api.NewReviewCase;
import org.gongkai.requests.api.Outcome;
import org.gongkai.requests.api.RequestClock;
import org.gongkai.requests.api.RequestDecisions;
import org.gongkai.requests.api.RequestDesk;
import org.gongkai.requests.api.RequestFees;
import org.gongkai.requests.api.ReviewCase;
import org.gongkai.requests.api.ReviewCases;
import org.gongkai.requests.api.ReviewKind;
import org.gongkai.requests.api.ReviewOutcome;
import org.gongkai.tenancy.api.Tenants;
import org.gongkai.tenancy.api.TownProvisioning;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.requests.api.ApplicantType.COMMERCIAL_ENTERPRISE;
import static org.gongkai.requests.api.ApplicantType.LEGAL_SERVICE_ORGANIZATION;
import static org.gongkai.requests.api.ApplicantType.NATURAL_PERSON;
import static org.gongkai.requests.api.ApplicantType.OTHER_ORGANIZATION;
import static org.gongkai.requests.api.ApplicantType.PUBLIC_INTEREST_ORGANIZATION;
import static org.gongkai.requests.api.ApplicantType.RESEARCH_INSTITUTION;

/**
 * A year of one town's records, made through the real services on the days they happened,
 * gives tables 三 and 四 exactly as counted by hand: every applicant type, every result row
 * 3–23 (补正 and fee notices lapsing on their own), requests carried over from the year
 * before and into the next, requests closed on the last and first days around the year's
 * end, review cases decided and pending, and the processing fees paid.
 */
@SpringBootTest(properties = { "gongkai.oidc.issuer=http://127.0.0.1:9/realms/gongkai",
		"gongkai.requests.limits.submissions-per-minute=1000" })
@AutoConfigureMockMvc
@Import(ReportingFixtures.Configuration.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnnualReportTablesTests {

	static final String TOWN = ReportingFixtures.SANGONG.code();

	// columns: 自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, 总计
	static final int[][] TABLE_3_OF_2024 = {
			// 一、本年新收
			{ 9, 5, 5, 4, 4, 4, 31 },
			// 二、上年结转: P2, P3, P4, P6
			{ 1, 1, 0, 0, 1, 1, 4 },
			// （一）予以公开: three 2024 persons, the 31 December one, P2; a firm; F1
			{ 4, 1, 1, 0, 0, 0, 6 },
			// （二）部分公开
			{ 1, 1, 1, 0, 0, 0, 3 },
			// （三）不予公开 1–8
			{ 0, 0, 0, 1, 0, 0, 1 }, { 0, 0, 0, 0, 1, 0, 1 }, { 0, 0, 0, 0, 0, 1, 1 }, { 1, 0, 0, 0, 1, 0, 2 },
			{ 0, 1, 0, 0, 0, 0, 1 }, { 0, 0, 1, 0, 0, 0, 1 }, { 0, 0, 0, 1, 0, 0, 1 }, { 0, 0, 0, 0, 1, 0, 1 },
			// （四）无法提供 1–3
			{ 1, 0, 0, 0, 0, 1, 2 }, { 1, 0, 0, 0, 0, 0, 1 }, { 0, 1, 0, 0, 0, 0, 1 },
			// （五）不予处理 1–5
			{ 0, 0, 1, 0, 0, 0, 1 }, { 0, 0, 0, 1, 0, 0, 1 }, { 0, 0, 0, 0, 1, 0, 1 }, { 0, 0, 0, 0, 0, 1, 1 },
			{ 1, 0, 0, 0, 0, 0, 1 },
			// （六）其他处理 1: the 2024 institute and P3 let the correction lapse; 2: fee
			// unpaid; 3
			{ 0, 1, 1, 0, 0, 0, 2 }, { 0, 0, 0, 1, 0, 0, 1 }, { 0, 0, 0, 0, 1, 0, 1 },
			// （七）总计
			{ 9, 5, 5, 4, 5, 3, 31 },
			// 四、结转下年度继续办理: O1, O3 (lapses 1 January), O2 and P6
			{ 1, 1, 0, 0, 0, 2, 4 } };

	// 行政复议; 行政诉讼 未经复议直接起诉; 复议后起诉: 维持, 纠正, 其他, 尚未审结, 总计
	static final int[] TABLE_4_OF_2024 = { 1, 1, 1, 2, 5, 1, 0, 1, 1, 3, 0, 1, 0, 1, 2 };

	@Autowired
	TownProvisioning provisioning;

	@Autowired
	Tenants tenants;

	@Autowired
	ReportingFixtures.SettableClock clock;

	@Autowired
	RequestDesk desk;

	@Autowired
	RequestDecisions decisions;

	@Autowired
	RequestClock requestClock;

	@Autowired
	RequestFees fees;

	@Autowired
	ReviewCases reviewCases;

	@Autowired
	AnnualReports reports;

	@Autowired
	CatalogueService catalogue;

	@Autowired
	CategoryService categories;

	int serial;

	@BeforeAll
	void aYearOfRecords() {
		provisioning.provision(ReportingFixtures.SANGONG);

		// 2023, closed in 2023: not in the 2024 report
		String p0 = request(NATURAL_PERSON, of(2023, 4, 3));
		decide(p0, Outcome.DISCLOSED, of(2023, 4, 20));
		String p1 = request(NATURAL_PERSON, of(2023, 10, 9));
		decide(p1, Outcome.DISCLOSED, of(2023, 10, 20));
		String p5 = request(NATURAL_PERSON, of(2023, 12, 1));
		correction(p5, of(2023, 12, 5), of(2023, 12, 20));
		// 2023, carried over into 2024
		String p2 = request(NATURAL_PERSON, of(2023, 12, 15));
		decide(p2, Outcome.DISCLOSED, of(2024, 1, 10));
		String p3 = request(COMMERCIAL_ENTERPRISE, of(2023, 12, 20));
		correction(p3, of(2023, 12, 22), of(2024, 1, 5));
		String p4 = request(LEGAL_SERVICE_ORGANIZATION, of(2023, 12, 28));
		decide(p4, Outcome.WITHHELD_THIRD_PARTY_RIGHTS, of(2024, 2, 1));
		request(OTHER_ORGANIZATION, of(2023, 12, 29));

		// 2024: every result row
		decided(NATURAL_PERSON, of(2024, 1, 8), Outcome.DISCLOSED, of(2024, 1, 20));
		decided(COMMERCIAL_ENTERPRISE, of(2024, 3, 4), Outcome.DISCLOSED, of(2024, 3, 15));
		decided(NATURAL_PERSON, of(2024, 5, 6), Outcome.DISCLOSED, of(2024, 5, 20));
		decided(RESEARCH_INSTITUTION, of(2024, 2, 5), Outcome.PARTLY_DISCLOSED, of(2024, 2, 26));
		decided(NATURAL_PERSON, of(2024, 6, 3), Outcome.PARTLY_DISCLOSED, of(2024, 6, 20));
		String secret = decided(PUBLIC_INTEREST_ORGANIZATION, of(2024, 3, 11), Outcome.WITHHELD_STATE_SECRET,
				of(2024, 3, 29));
		decided(LEGAL_SERVICE_ORGANIZATION, of(2024, 4, 1), Outcome.WITHHELD_PROHIBITED_BY_LAW, of(2024, 4, 18));
		decided(OTHER_ORGANIZATION, of(2024, 4, 8), Outcome.WITHHELD_ENDANGERS_SECURITY, of(2024, 4, 25));
		decided(NATURAL_PERSON, of(2024, 5, 13), Outcome.WITHHELD_THIRD_PARTY_RIGHTS, of(2024, 5, 30));
		decided(COMMERCIAL_ENTERPRISE, of(2024, 6, 10), Outcome.WITHHELD_INTERNAL_AFFAIRS, of(2024, 6, 28));
		decided(RESEARCH_INSTITUTION, of(2024, 7, 1), Outcome.WITHHELD_PROCESS_INFORMATION, of(2024, 7, 19));
		decided(PUBLIC_INTEREST_ORGANIZATION, of(2024, 7, 8), Outcome.WITHHELD_ENFORCEMENT_FILE, of(2024, 7, 26));
		decided(LEGAL_SERVICE_ORGANIZATION, of(2024, 8, 5), Outcome.WITHHELD_ADMINISTRATIVE_QUERY, of(2024, 8, 23));
		decided(OTHER_ORGANIZATION, of(2024, 8, 12), Outcome.UNAVAILABLE_NOT_HELD, of(2024, 8, 30));
		decided(NATURAL_PERSON, of(2024, 9, 2), Outcome.UNAVAILABLE_NOT_HELD, of(2024, 9, 13));
		decided(NATURAL_PERSON, of(2024, 9, 9), Outcome.UNAVAILABLE_NEEDS_CREATION, of(2024, 9, 27));
		String unclear = request(COMMERCIAL_ENTERPRISE, of(2024, 9, 16));
		correction(unclear, of(2024, 9, 18), of(2024, 9, 30));
		corrected(unclear, of(2024, 9, 25));
		decide(unclear, Outcome.UNAVAILABLE_STILL_UNCLEAR, of(2024, 10, 11));
		decided(RESEARCH_INSTITUTION, of(2024, 10, 14), Outcome.NOT_PROCESSED_PETITION, of(2024, 10, 25));
		decided(PUBLIC_INTEREST_ORGANIZATION, of(2024, 10, 21), Outcome.NOT_PROCESSED_REPEATED, of(2024, 11, 1));
		decided(LEGAL_SERVICE_ORGANIZATION, of(2024, 10, 28), Outcome.NOT_PROCESSED_PUBLICATION, of(2024, 11, 8));
		decided(OTHER_ORGANIZATION, of(2024, 11, 4), Outcome.NOT_PROCESSED_MASS_REQUESTS, of(2024, 11, 15));
		decided(NATURAL_PERSON, of(2024, 11, 11), Outcome.NOT_PROCESSED_CONFIRMATION, of(2024, 11, 22));
		String abandoned = request(RESEARCH_INSTITUTION, of(2024, 11, 18));
		correction(abandoned, of(2024, 11, 20), of(2024, 12, 4));
		String unpaid = request(PUBLIC_INTEREST_ORGANIZATION, of(2024, 8, 1));
		clock.set(of(2024, 8, 5));
		tenants.runAs(TOWN, () -> fees.notice(unpaid, FeeMethod.PER_PAGE, 40, of(2024, 8, 5), "sangong-officer"));
		decided(LEGAL_SERVICE_ORGANIZATION, of(2024, 11, 25), Outcome.OTHER, of(2024, 12, 6));
		// fees paid in 2024 (150 + 1 100 元), the requests decided afterwards
		String f1 = request(RESEARCH_INSTITUTION, of(2024, 4, 15));
		feePaid(f1, 45, of(2024, 4, 16), of(2024, 4, 22));
		decide(f1, Outcome.DISCLOSED, of(2024, 5, 10));
		String f2 = request(COMMERCIAL_ENTERPRISE, of(2024, 6, 17));
		feePaid(f2, 120, of(2024, 6, 18), of(2024, 6, 24));
		decide(f2, Outcome.PARTLY_DISCLOSED, of(2024, 7, 5));
		// around the year's end
		decided(NATURAL_PERSON, of(2024, 12, 16), Outcome.DISCLOSED, of(2024, 12, 31));
		String o1 = request(NATURAL_PERSON, of(2024, 12, 20));
		decide(o1, Outcome.DISCLOSED, of(2025, 1, 8));
		request(OTHER_ORGANIZATION, of(2024, 12, 27));
		String o3 = request(COMMERCIAL_ENTERPRISE, of(2024, 12, 10));
		correction(o3, of(2024, 12, 12), of(2024, 12, 31));
		request(NATURAL_PERSON, of(2025, 1, 6));

		// review cases
		UUID c6 = openCase(p0, ReviewKind.RECONSIDERATION, null, null, "昌政复〔2023〕6号", of(2023, 5, 4));
		closeCase(p0, c6, ReviewOutcome.UPHELD, of(2023, 6, 1));
		UUID l5 = openCase(p0, ReviewKind.LITIGATION, LitigationRoute.DIRECT, null, "（2023）新2301行初5号", of(2023, 9, 1));
		closeCase(p0, l5, ReviewOutcome.OTHER, of(2024, 3, 1));
		UUID c1 = openCase(p1, ReviewKind.RECONSIDERATION, null, null, "昌政复〔2023〕11号", of(2023, 11, 1));
		closeCase(p1, c1, ReviewOutcome.UPHELD, of(2024, 1, 15));
		UUID c2 = openCase(secret, ReviewKind.RECONSIDERATION, null, null, "昌政复〔2024〕3号", of(2024, 4, 1));
		closeCase(secret, c2, ReviewOutcome.CORRECTED, of(2024, 4, 20));
		UUID l3 = openCase(secret, ReviewKind.LITIGATION, LitigationRoute.AFTER_RECONSIDERATION, c2, "（2024）新2301行初3号",
				of(2024, 5, 1));
		closeCase(secret, l3, ReviewOutcome.CORRECTED, of(2024, 9, 1));
		UUID c3 = openCase(p4, ReviewKind.RECONSIDERATION, null, null, "昌政复〔2024〕6号", of(2024, 6, 1));
		closeCase(p4, c3, ReviewOutcome.OTHER, of(2024, 7, 1));
		openCase(p4, ReviewKind.LITIGATION, LitigationRoute.AFTER_RECONSIDERATION, c3, "（2024）新2301行初7号",
				of(2024, 7, 10));
		openCase(unclear, ReviewKind.RECONSIDERATION, null, null, "昌政复〔2024〕10号", of(2024, 10, 14));
		UUID c5 = openCase(unclear, ReviewKind.RECONSIDERATION, null, null, "昌政复〔2024〕11号", of(2024, 11, 1));
		closeCase(unclear, c5, ReviewOutcome.UPHELD, of(2025, 1, 10));
		UUID l1 = openCase(p2, ReviewKind.LITIGATION, LitigationRoute.DIRECT, null, "（2024）新2301行初1号", of(2024, 2, 1));
		closeCase(p2, l1, ReviewOutcome.UPHELD, of(2024, 5, 1));
		openCase(p2, ReviewKind.LITIGATION, LitigationRoute.DIRECT, null, "（2024）新2301行初9号", of(2024, 8, 1));

		// the catalogue: three items published in 2024 (one late), one in 2023
		published("三工镇2023年城乡低保对象公示", "18", Set.of(Channel.WEBSITE), of(2023, 6, 1), of(2023, 6, 5));
		published("三工镇2024年城乡低保对象公示", "18", Set.of(Channel.WEBSITE, Channel.NOTICEBOARD), of(2024, 3, 1),
				of(2024, 3, 5));
		published("关于做好2024年春季森林防火工作的通知", "12", Set.of(Channel.NEW_MEDIA), of(2024, 3, 20), of(2024, 3, 22));
		published("三工镇村务公开实施细则", "0202", Set.of(Channel.WEBSITE), of(2024, 1, 2), of(2024, 4, 1));

		// drawn up in January 2025
		clock.set(of(2025, 1, 20));
	}

	@AfterEach
	void backToJanuary() {
		clock.set(of(2025, 1, 20));
	}

	@AfterAll
	void backToToday() {
		clock.reset();
	}

	@Test
	void everyCellOfTables3And4IsCountedFromTheRecords() {
		AnnualReport report = report(2024);

		assertThat(report.table3()).isEqualTo(Table3.of(TABLE_3_OF_2024));
		assertThat(report.table4()).isEqualTo(Table4.of(TABLE_4_OF_2024));
		assertThat(report.fees().count()).isEqualTo(2);
		assertThat(report.fees().amount()).isEqualByComparingTo("1250.00");
		// the computed tables break no rule: only table 二, while not entered, can
		assertThat(report.findings()).allSatisfy(finding -> assertThat(finding.rule()).isEqualTo(Rule.R5))
			.allSatisfy(finding -> assertThat(finding.cells()).singleElement()
				.satisfies(cell -> assertThat(cell.table()).isEqualTo("二")));
	}

	@Test
	void theYearBeforeCountsWhatWasOpenAtItsEndAsCarriedOver() {
		AnnualReport report = report(2023);

		// received in 2023: P0, P1, P5, P2, P3, P4, P6; closed in 2023: P0, P1 (予以公开), P5
		// (补正 lapsed 21 December)
		assertThat(report.table3().row(Table3Row.RECEIVED)).containsExactly(4, 1, 0, 0, 1, 1, 7);
		assertThat(report.table3().row(Table3Row.DISCLOSED)).containsExactly(2, 0, 0, 0, 0, 0, 2);
		assertThat(report.table3().row(Table3Row.OTHER_NO_CORRECTION)).containsExactly(1, 0, 0, 0, 0, 0, 1);
		assertThat(report.table3().row(Table3Row.CARRIED_OVER)).containsExactly(1, 1, 0, 0, 1, 1, 4)
			.isEqualTo(report(2024).table3().row(Table3Row.CARRIED_IN));
		// C6 upheld; L5 and C1 still pending on 31 December 2023
		assertThat(report.table4()).isEqualTo(Table4.of(1, 0, 0, 1, 2, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0));
	}

	@Test
	void withTable2EnteredTheComputedReportPassesEveryRuleAndItsDraftsQuoteTheFigures() {
		Table2 figures = new Table2(0, 0, 0, 2, 1, 7, 35, 12, 0, new BigDecimal("15230.50"));
		long version = report(2024).version();

		AnnualReport report = tenants.callAs(TOWN, () -> reports.saveFigures(2024, version, figures));

		assertThat(report.findings()).extracting(Finding::rule).isEmpty();
		assertThat(report.table2()).isEqualTo(figures);
		assertThat(report.table2().administrativeFeesTenThousandYuan()).isEqualByComparingTo("1.52305");
		assertThat(report.drafts().get(Section.OVERVIEW)).contains("全年新收政府信息公开申请31件，上年结转4件；本年办结31件", "予以公开6件", "部分公开3件",
				"不予公开（属于国家秘密）1件", "其他处理（申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请）1件", "结转下年度继续办理4件", "行政复议5件、提起行政诉讼5件");
		assertThat(report.drafts().get(Section.OTHER)).isEqualTo("本年度共收取政府信息公开信息处理费2件，合计1250.00元。");
	}

	private void published(String title, String categoryCode, Set<Channel> channels, LocalDate formedOn,
			LocalDate publishedOn) {
		clock.set(formedOn);
		UUID category = tenants.callAs(TOWN, () -> find(categories.tree(), categoryCode));
		CatalogueItem draft = tenants.callAs(TOWN, () -> catalogue.create(new ItemDraft(title, "昌吉市三工镇人民政府", null,
				formedOn, category, channels, null, Validity.IN_FORCE, "", "", "<p>" + title + "</p>", null)));
		clock.set(publishedOn);
		tenants.runAs(TOWN, () -> {
			CatalogueItem item = catalogue.submit(draft.id(), draft.version());
			item = catalogue.approve(item.id(), item.version());
			catalogue.publish(item.id(), item.version());
		});
	}

	private static UUID find(List<Category> tree, String code) {
		List<Category> level = tree;
		while (!level.isEmpty()) {
			for (Category category : level) {
				if (category.code().equals(code)) {
					return category.id();
				}
			}
			level = level.stream().flatMap(category -> category.children().stream()).toList();
		}
		throw new IllegalArgumentException("No category " + code);
	}

	private AnnualReport report(int year) {
		return tenants.callAs(TOWN, () -> reports.report(year));
	}

	private String decided(ApplicantType type, LocalDate receivedOn, Outcome outcome, LocalDate decidedOn) {
		String code = request(type, receivedOn);
		decide(code, outcome, decidedOn);
		return code;
	}

	private String request(ApplicantType type, LocalDate receivedOn) {
		clock.set(receivedOn);
		serial++;
		NewRequest request = type.isOrganization()
				? new NewRequest(type, "王立新", null, "昌吉市三工镇申请单位" + serial, "113708280043326001", "13912345678", null,
						"昌吉市三工镇", "请公开三工镇2024年农田水利工程建设情况 " + serial, InformationForm.PAPER, Delivery.POST)
				: new NewRequest(type, "周建华", idNumber(), null, null, "13912345678", null, "昌吉市三工镇",
						"请公开三工镇2024年社会救助资金发放情况 " + serial, InformationForm.PAPER, Delivery.POST);
		return tenants.callAs(TOWN, () -> desk.register(request, IntakeChannel.IN_PERSON, receivedOn)).trackingCode();
	}

	private void decide(String code, Outcome outcome, LocalDate on) {
		clock.set(on);
		tenants.runAs(TOWN, () -> {
			decisions.propose(code, outcome, "经审查，作出如下答复。", "《中华人民共和国政府信息公开条例》第三十六条", "sangong-officer");
			decisions.approve(code, "sangong-reviewer");
		});
	}

	private void correction(String code, LocalDate on, LocalDate correctBy) {
		clock.set(on);
		tenants.runAs(TOWN,
				() -> requestClock.record(code,
						new ClockChange(ClockChange.Kind.CORRECTION_REQUESTED, on, correctBy, null, null, null),
						"sangong-officer"));
	}

	private void corrected(String code, LocalDate on) {
		clock.set(on);
		tenants.runAs(TOWN, () -> requestClock.record(code,
				new ClockChange(ClockChange.Kind.CORRECTED, on, null, null, null, null), "sangong-officer"));
	}

	private void feePaid(String code, int pages, LocalDate sentOn, LocalDate paidOn) {
		clock.set(sentOn);
		tenants.runAs(TOWN, () -> fees.notice(code, FeeMethod.PER_PAGE, pages, sentOn, "sangong-officer"));
		clock.set(paidOn);
		tenants.runAs(TOWN, () -> fees.paid(code, paidOn, "sangong-officer"));
	}

	private UUID openCase(String code, ReviewKind kind, @Nullable LitigationRoute route, @Nullable UUID follows,
			String caseNumber, LocalDate filedOn) {
		clock.set(filedOn);
		String body = (kind == ReviewKind.RECONSIDERATION) ? "昌吉市人民政府" : "昌吉市人民法院";
		return tenants
			.callAs(TOWN,
					() -> reviewCases.open(code,
							new NewReviewCase(kind, route, follows, body, caseNumber, filedOn, "不服答复")))
			.id();
	}

	private void closeCase(String code, UUID id, ReviewOutcome result, LocalDate closedOn) {
		clock.set(closedOn);
		tenants.runAs(TOWN, () -> {
			ReviewCase current = reviewCases.cases(code)
				.stream()
				.filter(c -> c.id().equals(id))
				.findFirst()
				.orElseThrow();
			reviewCases.recordOutcome(code, id, new CaseOutcome(result, closedOn, "审结", current.version()));
		});
	}

	/** A resident ID with its GB 11643 check character, different for each request. */
	private String idNumber() {
		String body = "65230119850312" + String.format("%03d", serial % 1000);
		int[] weights = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (body.charAt(i) - '0') * weights[i];
		}
		return body + "10X98765432".charAt(sum % 11);
	}

}
