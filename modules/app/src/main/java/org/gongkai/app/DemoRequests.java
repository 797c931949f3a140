package org.gongkai.app;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.gongkai.disclosure.api.CategoryService;
import org.gongkai.requests.api.AnswerPublication;
import org.gongkai.requests.api.ApplicantType;
import org.gongkai.requests.api.ClockChange;
import org.gongkai.requests.api.Delivery;
import org.gongkai.requests.api.FeeMethod;
import org.gongkai.requests.api.InformationForm;
import org.gongkai.requests.api.IntakeChannel;
import org.gongkai.requests.api.NewConsultation;
import org.gongkai.requests.api.NewRequest;
import org.gongkai.requests.api.NewReviewCase;
import org.gongkai.requests.api.Outcome;
import org.gongkai.requests.api.RequestClock;
import org.gongkai.requests.api.RequestConsultations;
import org.gongkai.requests.api.RequestDecisions;
import org.gongkai.requests.api.RequestDesk;
import org.gongkai.requests.api.RequestFees;
import org.gongkai.requests.api.RequestFiles;
import org.gongkai.requests.api.RequestIntake;
import org.gongkai.requests.api.RequestQuery;
import org.gongkai.requests.api.ReviewCases;
import org.gongkai.requests.api.ReviewKind;
import org.gongkai.tenancy.api.Tenants;
import org.gongkai.tenancy.api.TownRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Disclosure requests in the two towns with staff accounts, one at each stage a request
 * officer meets: just applied online, handed in and waiting, waiting for a correction,
 * extended by the reviewer, overdue, and decided (部分公开) and delivered. Dated relative to
 * today, so the marks (due soon, overdue) mean something on every start.
 */
@Component
@Order(3)
class DemoRequests implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoRequests.class);

	private final DemoProperties properties;

	private final TownRegistry registry;

	private final Tenants tenants;

	private final RequestIntake intake;

	private final RequestDesk desk;

	private final RequestClock clock;

	private final RequestDecisions decisions;

	private final RequestFees fees;

	private final RequestConsultations consultations;

	private final ReviewCases cases;

	private final RequestFiles files;

	private final AnswerPublication publication;

	private final CategoryService categories;

	DemoRequests(DemoProperties properties, TownRegistry registry, Tenants tenants, RequestIntake intake,
			RequestDesk desk, RequestClock clock, RequestDecisions decisions, RequestFees fees,
			RequestConsultations consultations, ReviewCases cases, RequestFiles files, AnswerPublication publication,
			CategoryService categories) {
		this.properties = properties;
		this.registry = registry;
		this.tenants = tenants;
		this.intake = intake;
		this.desk = desk;
		this.clock = clock;
		this.decisions = decisions;
		this.fees = fees;
		this.consultations = consultations;
		this.cases = cases;
		this.files = files;
		this.publication = publication;
		this.categories = categories;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!properties.enabled()) {
			return;
		}
		for (String town : new String[] { "binhu", "liugong" }) {
			if (registry.find(town).isPresent()) {
				tenants.runAs(town, () -> seed(town));
			}
		}
	}

	private void seed(String town) {
		if (desk.inbox(new RequestQuery(null, null, null, null, 0, 1)).total() > 0) {
			return;
		}
		String name = registry.require(town).name();
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		intake.submit(person("王建国", "请公开" + name + "2025年农村低保对象名单及每户保障金额", Delivery.EMAIL), null);
		desk.register(person("李秀兰", "请公开" + name + "滨湖村2024年至2025年集体土地承包合同", Delivery.PICKUP), IntakeChannel.IN_PERSON,
				today.minusDays(2));
		String correction = desk
			.register(person("张伟", "请公开那个修路的文件", Delivery.POST), IntakeChannel.LETTER_SIGNED_FOR, today.minusDays(3))
			.trackingCode();
		clock.record(correction, new ClockChange(ClockChange.Kind.CORRECTION_REQUESTED, today.minusDays(1),
				today.plusDays(14), null, null, null), town + "-officer");
		String extended = desk
			.register(
					new NewRequest(ApplicantType.LEGAL_SERVICE_ORGANIZATION, "陈律师", null, "新疆天山律师事务所",
							"31650000MD01234566", "0994-2345678", null, "昌吉市延安北路88号",
							"请公开" + name + "2023年以来作出的全部行政处罚决定书", InformationForm.PAPER, Delivery.POST),
					IntakeChannel.LETTER_SIGNED_FOR, today.minusDays(10))
			.trackingCode();
		clock.record(extended, new ClockChange(ClockChange.Kind.EXTENDED, today, null, null, 15, "涉及多个站所的执法档案，需逐卷查找"),
				town + "-reviewer");
		desk.register(person("刘芳", "请公开" + name + "2025年道路硬化工程招投标及验收材料", Delivery.POST), IntakeChannel.LETTER_PLAIN,
				today.minusDays(40));
		String decided = desk
			.register(person("马玉兰", "请公开新湖村2025年集体土地征收补偿方案及补偿款发放明细", Delivery.POST), IntakeChannel.IN_PERSON,
					today.minusDays(20))
			.trackingCode();
		decisions.propose(decided, Outcome.PARTLY_DISCLOSED, "补偿方案予以公开，随本告知书附送；补偿款发放明细涉及其他村民个人信息，不予公开。",
				"《中华人民共和国政府信息公开条例》第十五条、第三十七条", town + "-officer");
		decisions.approve(decided, town + "-reviewer");
		decisions.delivered(decided, Delivery.POST, today);
		files.addNote(decided, "申请人电话询问补偿款发放明细为何不予公开，已解释涉及其他村民个人信息，申请人表示将申请行政复议。");
		cases.open(decided, new NewReviewCase(ReviewKind.RECONSIDERATION, null, null, "昌吉市人民政府",
				"昌市复〔" + today.getYear() + "〕17号", today, "申请人对补偿款发放明细不予公开的答复不服，申请行政复议。"));
		publication.publish(decided, name + "新湖村集体土地征收补偿方案（依申请公开）", category(), town + "-officer");

		String copies = desk
			.register(person("赵磊", "请提供" + name + "2025年农村危房改造项目全部验收资料的纸质复印件", Delivery.POST), IntakeChannel.IN_PERSON,
					today.minusDays(5))
			.trackingCode();
		fees.notice(copies, FeeMethod.PER_PAGE, 45, today, town + "-officer");

		String consulted = desk
			.register(person("孙丽", "请公开" + name + "与昌吉市天山建材有限公司签订的砂石料采购合同", Delivery.EMAIL), IntakeChannel.EMAIL,
					today.minusDays(4))
			.trackingCode();
		consultations.start(consulted, new NewConsultation("昌吉市天山建材有限公司", "昌吉市建国西路16号，0994-2310000",
				"合同中的单价、数量及供应商银行账户信息是否涉及贵公司商业秘密，是否同意公开。", today), town + "-officer");
		log.info("Demo requests: 8 in {}, with a fee notice, a consultation, a review case and a published answer",
				town);
	}

	/**
	 * Where answers released to applicants go in the demo catalogue: the first category.
	 */
	private UUID category() {
		return categories.tree().get(0).id();
	}

	private static NewRequest person(String name, String description, Delivery delivery) {
		return new NewRequest(ApplicantType.NATURAL_PERSON, name, "652301198503120031", null, null, "13912345678",
				"applicant@example.cn", "昌吉市滨湖镇滨湖村三组12号", description, InformationForm.PAPER, delivery);
	}

}
