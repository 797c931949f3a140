package org.gongkai.app;

import java.time.LocalDate;
import java.time.ZoneId;

import org.gongkai.requests.api.ApplicantType;
import org.gongkai.requests.api.ClockChange;
import org.gongkai.requests.api.Delivery;
import org.gongkai.requests.api.InformationForm;
import org.gongkai.requests.api.IntakeChannel;
import org.gongkai.requests.api.NewRequest;
import org.gongkai.requests.api.Outcome;
import org.gongkai.requests.api.RequestClock;
import org.gongkai.requests.api.RequestDecisions;
import org.gongkai.requests.api.RequestDesk;
import org.gongkai.requests.api.RequestIntake;
import org.gongkai.requests.api.RequestQuery;
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

	DemoRequests(DemoProperties properties, TownRegistry registry, Tenants tenants, RequestIntake intake,
			RequestDesk desk, RequestClock clock, RequestDecisions decisions) {
		this.properties = properties;
		this.registry = registry;
		this.tenants = tenants;
		this.intake = intake;
		this.desk = desk;
		this.clock = clock;
		this.decisions = decisions;
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
		log.info("Demo requests: 6 in {}", town);
	}

	private static NewRequest person(String name, String description, Delivery delivery) {
		return new NewRequest(ApplicantType.NATURAL_PERSON, name, "652301198503120031", null, null, "13912345678",
				"applicant@example.cn", "昌吉市滨湖镇滨湖村三组12号", description, InformationForm.PAPER, delivery);
	}

}
