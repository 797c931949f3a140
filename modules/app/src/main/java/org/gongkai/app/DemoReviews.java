package org.gongkai.app;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.gongkai.reporting.api.AnnualReport;
import org.gongkai.reporting.api.AnnualReports;
import org.gongkai.reporting.api.ReportStatus;
import org.gongkai.reporting.api.ReportWorkflow;
import org.gongkai.reporting.api.Section;
import org.gongkai.reporting.api.Table2;
import org.gongkai.tenancy.api.Tenants;
import org.gongkai.tenancy.api.TownRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every town's 2025 annual report at a plausible point of the city's review, as it stood
 * in February 2026: most published, one returned and fixed, one returned and waiting, one
 * approved but not yet published, late submissions and two towns that never sent theirs.
 * The steps are taken through the real workflow and then dated to the days they would
 * have happened, so lateness against the 31 January due date reads as it would have (the
 * demo runs today, long after). Towns whose 2025 report exists are left alone.
 */
@Component
@Order(5)
class DemoReviews implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoReviews.class);

	static final int YEAR = 2025;

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	/** What happened to each town's report, in order; towns absent wrote nothing. */
	private static final Map<String, List<Step>> PLANS = Map.ofEntries(
			Map.entry("binhu", published("2026-01-22", "2026-01-27")),
			Map.entry("yushugou", published("2026-01-28", "2026-02-03")),
			Map.entry("liuhuanggou",
					List.of(step(Action.SUBMIT, "2026-01-26"),
							new Step(Action.RETURN, day("2026-01-29"), "第五部分未写明上年度所列问题的整改情况，请补充后重新报送。"),
							step(Action.SUBMIT, "2026-02-02"), step(Action.APPROVE_AND_PUBLISH, "2026-02-06"))),
			Map.entry("erliugong", published("2026-01-19", "2026-01-23")),
			Map.entry("daxiqu", List.of(step(Action.SUBMIT, "2026-01-30"), step(Action.APPROVE, "2026-02-04"))),
			Map.entry("dianba", published("2026-01-21", "2026-01-26")),
			Map.entry("sangong", published("2026-01-30", "2026-02-05")),
			Map.entry("ashili", published("2026-01-27", "2026-02-02")),
			Map.entry("ningbianlu", published("2026-01-20", "2026-01-26")),
			Map.entry("yananbeilu", List.of(step(Action.SUBMIT, "2026-02-09"))),
			Map.entry("beijingnanlu", published("2026-02-06", "2026-02-12")),
			Map.entry("jianguolu",
					List.of(step(Action.SUBMIT, "2026-01-30"),
							new Step(Action.RETURN, day("2026-02-05"), "表二行政处罚处理决定数量与市场监管执法台账不一致（台账为23件），请核实后重新报送。"))),
			Map.entry("lvzhoulu", published("2026-01-30", "2026-02-05")),
			// a draft begun, never sent: missing for the city
			Map.entry("zhongshanlu", List.of()));

	private static final String PROBLEMS = """
			一是政府信息公开工作人员多为兼职，业务培训不够系统，个别信息发布不够及时；二是政策解读形式较为单一，图文、视频解读较少；\
			三是村（社区）公开栏更新频率不一。
			下一步，本单位将加强业务培训，落实信息发布审核和定期更新制度，丰富政策解读形式，督促村（社区）按月更新公开栏。""";

	private final DemoProperties properties;

	private final TownRegistry registry;

	private final Tenants tenants;

	private final AnnualReports reports;

	private final ReportWorkflow workflow;

	private final EntityManager entityManager;

	private final TransactionTemplate transactions;

	DemoReviews(DemoProperties properties, TownRegistry registry, Tenants tenants, AnnualReports reports,
			ReportWorkflow workflow, EntityManager entityManager, PlatformTransactionManager transactions) {
		this.properties = properties;
		this.registry = registry;
		this.tenants = tenants;
		this.reports = reports;
		this.workflow = workflow;
		this.entityManager = entityManager;
		this.transactions = new TransactionTemplate(transactions);
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!properties.enabled()) {
			return;
		}
		int seeded = 0;
		for (var plan : PLANS.entrySet()) {
			String town = plan.getKey();
			if (registry.find(town).isEmpty()) {
				continue;
			}
			try {
				if (tenants.callAs(town, () -> seed(town, plan.getValue()))) {
					seeded++;
				}
			}
			catch (RuntimeException ex) {
				log.warn("Demo reviews: {}'s {} report not seeded: {}", town, YEAR, ex.getMessage());
			}
		}
		if (seeded > 0) {
			log.info("Demo reviews: {} towns' {} annual reports put through the city's review", seeded, YEAR);
		}
	}

	private boolean seed(String town, List<Step> steps) {
		if (workflow.status(YEAR).versionNumber() > 0) {
			return false;
		}
		int n = Math.abs(town.hashCode());
		Table2 figures = new Table2(0, 0, 0, n % 3, n % 2, 4 + n % 9, 12 + n % 60, 3 + n % 25, n % 4, BigDecimal.ZERO);
		LocalDate begun = steps.isEmpty() ? day("2026-01-15") : steps.get(0).on().minusDays(6);
		long version = dated(begun, () -> {
			AnnualReport report = reports.saveFigures(YEAR, 0, figures);
			return reports.saveTexts(YEAR, report.version(), Map.of(Section.PROBLEMS, PROBLEMS)).version();
		});
		for (Step step : steps) {
			long current = version;
			version = dated(step.on(), () -> act(step, current).version());
		}
		return true;
	}

	private ReportStatus act(Step step, long version) {
		return switch (step.action()) {
			case SUBMIT -> workflow.submit(YEAR, version);
			case RETURN -> workflow.returnForRevision(YEAR, version, step.comment());
			case APPROVE -> workflow.approve(YEAR, version, false);
			case APPROVE_AND_PUBLISH -> workflow.approve(YEAR, version, true);
		};
	}

	/**
	 * Runs a step and dates what it recorded (steps, first submission, publication) to
	 * 10:00 on {@code on}.
	 */
	private long dated(LocalDate on, java.util.function.LongSupplier step) {
		Instant started = Instant.now().minusSeconds(1);
		long version = step.getAsLong();
		Instant at = on.atTime(LocalTime.of(10, 0)).atZone(CHINA).toInstant();
		transactions.executeWithoutResult(status -> {
			for (String sql : List.of("update annual_report_step set at = :at where at >= :started",
					"update annual_report set first_submitted_at = :at where first_submitted_at >= :started",
					"update annual_report_version set published_at = :at where published_at >= :started",
					"update annual_report_version set created_at = :at, updated_at = :at where created_at >= :started")) {
				entityManager.createNativeQuery(sql)
					.setParameter("at", at)
					.setParameter("started", started)
					.executeUpdate();
			}
		});
		return version;
	}

	private static List<Step> published(String submitted, String approved) {
		return List.of(step(Action.SUBMIT, submitted), step(Action.APPROVE_AND_PUBLISH, approved));
	}

	private static Step step(Action action, String on) {
		return new Step(action, day(on), "");
	}

	private static LocalDate day(String text) {
		return LocalDate.parse(text);
	}

	enum Action {

		SUBMIT, RETURN, APPROVE, APPROVE_AND_PUBLISH

	}

	record Step(Action action, LocalDate on, String comment) {
	}

}
