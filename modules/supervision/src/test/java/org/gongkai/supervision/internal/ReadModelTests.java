package org.gongkai.supervision.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.persistence.EntityManager;
import org.gongkai.calendar.api.WorkingDayCalendar;
import org.gongkai.requests.api.Outcome;
import org.gongkai.requests.api.ReviewCase;
import org.gongkai.requests.api.ReviewKind;
import org.gongkai.requests.api.ReviewOutcome;
import org.gongkai.supervision.api.AlertKind;
import org.gongkai.supervision.api.AlertPage;
import org.gongkai.supervision.api.CityAlerts;
import org.gongkai.supervision.api.CityFigures;
import org.gongkai.supervision.api.CitySummary;
import org.gongkai.supervision.api.ReadModelRebuild;
import org.gongkai.supervision.api.ReportProgress;
import org.gongkai.supervision.api.ReportStage;
import org.gongkai.supervision.api.TownDashboard;
import org.gongkai.supervision.internal.ReportSteps.Progress;
import org.gongkai.supervision.internal.ReadModel.DayKind;
import org.gongkai.supervision.internal.SupervisionFixtures.Staff;
import org.gongkai.tenancy.api.Tenants;
import org.gongkai.tenancy.api.TownProvisioning;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.supervision.internal.SupervisionFixtures.moved;
import static org.gongkai.supervision.internal.SupervisionFixtures.today;

/**
 * Events reach the read model through the outbox and the relay, each moving its counter
 * exactly once however often it is delivered, and a rebuild from the towns' own data
 * gives the same counters as the incremental path.
 */
@SpringBootTest(properties = "gongkai.oidc.issuer=http://127.0.0.1:9/realms/gongkai")
@Import(SupervisionFixtures.NoIdentityProvider.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadModelTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	Relay relay;

	@Autowired
	ReadModel readModel;

	@Autowired
	Outbox outbox;

	@Autowired
	Tenants tenants;

	@Autowired
	ReadModelRebuild rebuild;

	@Autowired
	@Qualifier("platformTransactionManager")
	PlatformTransactionManager platformTransactions;

	@Autowired
	MeterRegistry meters;

	@Autowired
	EntityManager entityManager;

	@Autowired
	WorkingDayCalendar calendar;

	@Autowired
	Pruning pruning;

	@Autowired
	@Qualifier("platformJdbc")
	JdbcClient jdbc;

	@Autowired
	CityFigures figures;

	@Autowired
	CityAlerts alerts;

	Staff staff;

	@BeforeAll
	void towns() {
		var provisioning = context.getBean(TownProvisioning.class);
		provisioning.provision(SupervisionFixtures.YUSHUGOU);
		provisioning.provision(SupervisionFixtures.LIUGONG);
		provisioning.provision(SupervisionFixtures.DAXIQU);
		staff = new Staff(context);
	}

	@Test
	void everyEventMovesItsCounterOnceEvenWhenDeliveredTwice() {
		String town = SupervisionFixtures.YUSHUGOU.code();
		relay.run();
		Map<DayKind, Long> before = readModel.counters(town);
		LocalDate today = today();
		LocalDate overdueReceipt = today.minusDays(90);
		LocalDate dueSoonReceipt = staff.receivedForDueSoon();

		staff.importItems(town, "榆树沟镇2025年春耕生产方案,2025-01-06,2025-03-10", "榆树沟镇2025年防汛预案,2025-03-03,2025-03-10");
		staff.withdraw(town, "榆树沟镇2025年防汛预案");
		staff.decide(town, staff.register(town, today));
		staff.register(town, overdueReceipt);
		staff.register(town, dueSoonReceipt);
		staff.runDeadlineWatch();
		List<Outbox.OutboxRow> waiting = tenants.callAs(town, () -> outbox.pending(100));
		int firstDelivery = new TransactionTemplate(platformTransactions)
			.execute(status -> readModel.apply(town, waiting));
		int relayed = relay.run();
		int relayedAgain = relay.run();

		assertThat(waiting).hasSize(12);
		assertThat(firstDelivery).isEqualTo(12);
		assertThat(relayed).isZero();
		assertThat(relayedAgain).isZero();
		assertThat(tenants.callAs(town, () -> outbox.pending(100))).isEmpty();
		assertThat(moved(before, readModel.counters(town)))
			.isEqualTo(Map.ofEntries(Map.entry(new DayKind(LocalDate.of(2025, 3, 10), "ITEM_PUBLISHED"), 2L),
					Map.entry(new DayKind(LocalDate.of(2025, 3, 10), "ITEM_PUBLISHED_LATE"), 1L),
					Map.entry(new DayKind(today, "ITEM_WITHDRAWN"), 1L),
					Map.entry(new DayKind(today, "REQUEST_RECEIVED"), 1L),
					Map.entry(new DayKind(overdueReceipt, "REQUEST_RECEIVED"), 1L),
					Map.entry(new DayKind(dueSoonReceipt, "REQUEST_RECEIVED"), 1L),
					Map.entry(new DayKind(today, "REQUEST_DECIDED"), 1L),
					Map.entry(new DayKind(today, "REQUEST_DECIDED_ON_TIME"), 1L),
					Map.entry(new DayKind(today, "OUTCOME_DISCLOSED"), 1L),
					Map.entry(new DayKind(today, "REQUEST_OVERDUE"), 1L),
					Map.entry(new DayKind(today, "REQUEST_DUE_SOON"), 1L)));
	}

	@Test
	void theRelayReportsItsLagAndWhatItDelivered() {
		String town = SupervisionFixtures.YUSHUGOU.code();
		relay.run();
		double deliveredBefore = meters.get("gongkai.supervision.relay.delivered").counter().count();
		staff.register(town, today());
		staff.register(town, today());
		tenants.runAs(town, () -> new TransactionTemplate(context.getBean(PlatformTransactionManager.class))
			.executeWithoutResult(status -> entityManager.createNativeQuery(
					"update supervision_outbox set created_at = now() - interval '1 hour' where delivered_at is null")
				.executeUpdate()));

		int relayed = relay.run();

		assertThat(relayed).isEqualTo(2);
		assertThat(meters.get("gongkai.supervision.relay.delivered").counter().count() - deliveredBefore)
			.isEqualTo(2.0);
		assertThat(meters.get("gongkai.supervision.relay.lag").gauge().value()).isGreaterThanOrEqualTo(3600.0);
	}

	@Test
	void aChangeThatRollsBackLeavesNoOutboxRow() {
		String town = SupervisionFixtures.YUSHUGOU.code();
		relay.run();

		tenants.runAs(town, () -> new TransactionTemplate(context.getBean(PlatformTransactionManager.class))
			.executeWithoutResult(status -> {
				staff.register(town, today());
				status.setRollbackOnly();
			}));

		assertThat(tenants.callAs(town, () -> outbox.pending(100))).isEmpty();
	}

	@Test
	void decisionsReviewCasesAndReportsMoveOnceEvenWhenDeliveredTwice() {
		String town = SupervisionFixtures.YUSHUGOU.code();
		relay.run();
		Map<DayKind, Long> before = readModel.counters(town);
		LocalDate today = today();
		LocalDate received = today.minusDays(40);
		String late = staff.decideOn(town, staff.register(town, received), Outcome.WITHHELD_THIRD_PARTY_RIGHTS);
		String open = staff.register(town, today);
		ReviewCase review = staff.openReview(town, late, ReviewKind.RECONSIDERATION, today.minusDays(1));
		review = staff.result(town, review, ReviewOutcome.CORRECTED, today);
		staff.result(town, review, ReviewOutcome.UPHELD, today);
		int year = today.getYear() - 1;
		LocalDate due = LocalDate.of(year + 1, 1, 31);
		Instant at = Instant.now();
		staff.submitReport(town, year);
		staff.returnReport(town, year, "表三第4行与第3行合计不符");
		staff.submitReport(town, year);
		staff.approveReport(town, year, true);
		List<Outbox.OutboxRow> waiting = tenants.callAs(town, () -> outbox.pending(100));
		TransactionTemplate platform = new TransactionTemplate(platformTransactions);
		int first = platform.execute(status -> readModel.apply(town, waiting));
		int again = platform.execute(status -> readModel.apply(town, waiting));
		int relayed = relay.run();

		long workingDays = 0;
		for (LocalDate day = received.plusDays(1); !day.isAfter(today); day = day.plusDays(1)) {
			workingDays += calendar.isWorkingDay(day) ? 1 : 0;
		}
		assertThat(first).isEqualTo(waiting.size());
		assertThat(again).isZero();
		assertThat(relayed).isZero();
		// the corrected result was replaced by upheld: its counter went up and down again
		assertThat(moved(before, readModel.counters(town))).isEqualTo(Map.of(new DayKind(received, "REQUEST_RECEIVED"),
				1L, new DayKind(today, "REQUEST_RECEIVED"), 1L, new DayKind(today, "REQUEST_DECIDED"), 1L,
				new DayKind(today, "REQUEST_WORKING_DAYS"), workingDays, new DayKind(today, "OUTCOME_WITHHELD"), 1L,
				new DayKind(today.minusDays(1), "REVIEW_OPENED"), 1L, new DayKind(today, "REVIEW_UPHELD"), 1L));
		ReadModel.States states = readModel.states(town);
		assertThat(states.requests()).extracting(ReadModel.RequestStatus::trackingCode)
			.contains(open)
			.doesNotContain(late);
		assertThat(states.reports().get(year))
			.isEqualTo(new Progress(year, ReportStage.PUBLISHED, due, ChinaDay.of(at), 1));
		TownDashboard dashboard = figures.town(town, today, today);
		assertThat(dashboard.town().report()).isEqualTo(new ReportProgress(year, ReportStage.PUBLISHED, due,
				ChinaDay.of(at), (int) Math.max(0, ChronoUnit.DAYS.between(due, ChinaDay.of(at))), 1));
		assertThat(dashboard.town().backlog().open()).isGreaterThanOrEqualTo(1);
	}

	@Test
	void rebuildGivesTheIncrementalFiguresAndCountsWaitingRowsOnce() {
		List<String> towns = List.of(SupervisionFixtures.LIUGONG.code(), SupervisionFixtures.DAXIQU.code());
		LocalDate today = today();
		int year = today.getYear() - 1;
		for (String town : towns) {
			staff.importItems(town, town + "机构职能,2024-01-02,2024-01-05", town + "财政预算,2024-01-02,2024-03-29",
					town + "征地补偿,2024-06-03,2024-06-10");
			staff.withdraw(town, town + "财政预算");
			String decided = staff.register(town, today.minusDays(70));
			staff.decide(town, decided);
			staff.decideOn(town, staff.register(town, today.minusDays(10)), Outcome.UNAVAILABLE_NOT_HELD);
			staff.register(town, today.minusDays(80));
			staff.register(town, staff.receivedForDueSoon());
			ReviewCase reconsideration = staff.openReview(town, decided, ReviewKind.RECONSIDERATION,
					today.minusDays(5));
			staff.result(town, staff.result(town, reconsideration, ReviewOutcome.OTHER, today.minusDays(2)),
					ReviewOutcome.PENDING, today);
			ReviewCase suit = staff.openReview(town, decided, ReviewKind.LITIGATION, today.minusDays(3));
			staff.result(town, suit, ReviewOutcome.CORRECTED, today);
			staff.submitReport(town, year);
		}
		staff.returnReport(towns.get(1), year, "请补充第五部分");
		staff.runDeadlineWatch();
		relay.run();
		Map<String, Map<DayKind, Long>> incremental = counters(towns);
		Map<String, ReadModel.States> incrementalStates = states(towns);

		ReadModelRebuild.Result result = rebuild.rebuild();
		Map<String, Map<DayKind, Long>> rebuilt = counters(towns);
		Map<String, ReadModel.States> rebuiltStates = states(towns);
		staff.importItems(towns.get(0), "后补信息,2024-06-03,2024-06-11");
		staff.decide(towns.get(1), staff.register(towns.get(1), today));
		staff.submitReport(towns.get(1), year);
		rebuild.rebuild();
		Map<String, Map<DayKind, Long>> rebuiltWithWaitingRows = counters(towns);
		Map<String, ReadModel.States> rebuiltStatesWithWaitingRows = states(towns);
		relay.run();

		assertThat(result.failed()).isZero();
		assertThat(incremental.get(towns.get(0)))
			.containsEntry(new DayKind(LocalDate.of(2024, 3, 29), "ITEM_PUBLISHED_LATE"), 1L)
			.containsEntry(new DayKind(today, "OUTCOME_UNAVAILABLE"), 1L)
			.containsEntry(new DayKind(today, "REVIEW_CORRECTED"), 1L)
			.containsEntry(new DayKind(today.minusDays(2), "REVIEW_OTHER"), 0L);
		assertThat(incrementalStates.get(towns.get(1)).reports().get(year).stage()).isEqualTo(ReportStage.RETURNED);
		assertThat(incrementalStates.get(towns.get(0)).requests()).extracting(ReadModel.RequestStatus::state)
			.contains("OVERDUE", "DUE_SOON");
		// a counter moved to zero and back is a row the rebuild does not write
		assertThat(withoutZeros(rebuilt)).isEqualTo(withoutZeros(incremental));
		assertThat(rebuiltStates).isEqualTo(incrementalStates);
		assertThat(rebuiltWithWaitingRows).isNotEqualTo(rebuilt);
		assertThat(withoutZeros(counters(towns))).isEqualTo(withoutZeros(rebuiltWithWaitingRows));
		assertThat(states(towns)).isEqualTo(rebuiltStatesWithWaitingRows);
		assertThat(rebuiltStatesWithWaitingRows.get(towns.get(1)).reports().get(year).stage())
			.isEqualTo(ReportStage.SUBMITTED);
	}

	@Test
	void aPeriodReadsWholeMonthsFromTheMonthlySumsAndPartialOnesDayByDay() {
		List<String> towns = List.of(SupervisionFixtures.LIUGONG.code(), SupervisionFixtures.DAXIQU.code());
		for (String town : towns) {
			staff.importItems(town, town + "一月通知,2024-01-02,2024-01-05", town + "一月末通知,2024-01-25,2024-01-31",
					town + "二月通知,2024-02-01,2024-02-01", town + "三月通知,2024-03-04,2024-03-15",
					town + "三月末通知,2024-03-20,2024-03-31");
		}
		relay.run();
		// whole months, partial ones at both ends, two days across a month end, days
		// inside one month, a period starting in another year
		List<List<LocalDate>> periods = List.of(List.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 31)),
				List.of(LocalDate.of(2024, 1, 5), LocalDate.of(2024, 3, 15)),
				List.of(LocalDate.of(2024, 1, 31), LocalDate.of(2024, 2, 1)),
				List.of(LocalDate.of(2024, 3, 10), LocalDate.of(2024, 3, 20)),
				List.of(LocalDate.of(2023, 12, 15), LocalDate.of(2024, 12, 31)));
		for (List<LocalDate> period : periods) {
			LocalDate from = period.get(0);
			LocalDate to = period.get(1);
			List<ReadModel.TownKindCount> everyTown = readModel.sums(from, to);
			for (String town : towns) {
				Map<String, Long> expected = new java.util.HashMap<>();
				readModel.counters(town).forEach((key, count) -> {
					if (!key.day().isBefore(from) && !key.day().isAfter(to) && count != 0) {
						expected.merge(key.kind(), count, Long::sum);
					}
				});
				Map<String, Long> read = new java.util.HashMap<>(readModel.sums(town, from, to));
				read.values().removeIf(count -> count == 0);
				Map<String, Long> readForAll = new java.util.HashMap<>();
				everyTown.stream()
					.filter(sum -> sum.town().equals(town) && sum.count() != 0)
					.forEach(sum -> readForAll.put(sum.kind(), sum.count()));
				assertThat(read).as(town + " " + from + "…" + to).isEqualTo(expected);
				assertThat(readForAll).as(town + " " + from + "…" + to + " (every town)").isEqualTo(expected);
			}
		}
		assertThat(readModel.sums(towns.get(0), LocalDate.of(2024, 1, 5), LocalDate.of(2024, 3, 15)))
			.containsEntry("ITEM_PUBLISHED", 4L);
		assertThat(readModel.months(towns.get(0), LocalDate.of(2024, 1, 5), LocalDate.of(2024, 3, 15)))
			.filteredOn(month -> month.kind().equals("ITEM_PUBLISHED"))
			.extracting(ReadModel.MonthKindCount::month, ReadModel.MonthKindCount::count)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(LocalDate.of(2024, 1, 1), 2L),
					org.assertj.core.groups.Tuple.tuple(LocalDate.of(2024, 2, 1), 1L),
					org.assertj.core.groups.Tuple.tuple(LocalDate.of(2024, 3, 1), 1L));
	}

	@Test
	void alertsAreListedWithTheirTownAndAgeAndCountedAsGauges() {
		String town = SupervisionFixtures.LIUGONG.code();
		LocalDate today = today();
		String overdue = staff.register(town, today.minusDays(100));
		staff.importItems(town, "六工镇迟发信息," + today.minusDays(90) + "," + today.minusDays(2));
		staff.runDeadlineWatch();
		relay.run();

		AlertPage page = alerts.open(town, null, 0, 200);
		AlertPage overdueOnly = alerts.open(null, AlertKind.REQUEST_OVERDUE, 0, 200);

		assertThat(page.rows()).anySatisfy(alert -> {
			assertThat(alert.subject()).isEqualTo(overdue);
			assertThat(alert.kind()).isEqualTo(AlertKind.REQUEST_OVERDUE);
			assertThat(alert.townName()).isEqualTo("六工镇");
			assertThat(alert.since()).isEqualTo(today);
			assertThat(alert.ageDays()).isZero();
		});
		assertThat(page.rows()).anySatisfy(alert -> {
			assertThat(alert.kind()).isEqualTo(AlertKind.LATE_PUBLICATION);
			assertThat(alert.since()).isEqualTo(today.minusDays(2));
			assertThat(alert.ageDays()).isEqualTo(2);
			assertThat(alert.subject()).isNotBlank().doesNotContain("迟发");
		});
		assertThat(page.rows()).noneMatch(alert -> alert.subject().contains("马玉兰"));
		assertThat(overdueOnly.rows()).allMatch(alert -> alert.kind() == AlertKind.REQUEST_OVERDUE);
		assertThat(overdueOnly.counts().get(AlertKind.REQUEST_OVERDUE)).isEqualTo(overdueOnly.total());
		assertThat(meters.get("gongkai.supervision.alerts")
			.tag("town", town)
			.tag("kind", "REQUEST_OVERDUE")
			.gauge()
			.value()).isEqualTo((double) page.counts().get(AlertKind.REQUEST_OVERDUE));
		assertThat(meters.get("gongkai.supervision.alerts").tag("kind", "REPORT_PAST_DUE").gauges())
			.hasSizeGreaterThanOrEqualTo(3);
	}

	@Test
	void cachedFiguresAreDroppedWhenTheRelayDeliversAndComputedWhenRedisIsDown() {
		// not a town the rebuild test compares: the row below has no source in the town
		String town = SupervisionFixtures.YUSHUGOU.code();
		LocalDate today = today();
		relay.run();
		CitySummary first = figures.summary(today, today);
		new TransactionTemplate(platformTransactions).executeWithoutResult(status -> readModel.apply(town,
				List.of(new Outbox.OutboxRow(-System.nanoTime(), "ITEM_PUBLISHED", today, "x", 5, null))));
		CitySummary cached = figures.summary(today, today);
		staff.register(town, today);
		relay.run();
		CitySummary fresh = figures.summary(today, today);

		var down = new org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory("127.0.0.1", 9);
		down.afterPropertiesSet();
		FiguresCache noRedis = new FiguresCache(new org.springframework.data.redis.core.StringRedisTemplate(down),
				meters, java.time.Duration.ofMinutes(1), true, "gongkai:test:supervision:down");
		String answer = noRedis.get("anything", String.class, () -> "computed");
		down.destroy();

		assertThat(cached).isEqualTo(first);
		assertThat(fresh.city().itemsPublished()).isEqualTo(first.city().itemsPublished() + 5);
		assertThat(fresh.city().requestsReceived()).isEqualTo(first.city().requestsReceived() + 1);
		assertThat(answer).isEqualTo("computed");
	}

	@Test
	void pruningKeepsTheRecordsOfRowsAppliedButNotYetMarkedDelivered() {
		String town = SupervisionFixtures.YUSHUGOU.code();
		relay.run();
		staff.register(town, today());
		long delivered = tenants.callAs(town, () -> outbox.pending(100)).get(0).id();
		relay.run();
		staff.register(town, today());
		List<Outbox.OutboxRow> waiting = tenants.callAs(town, () -> outbox.pending(100));
		new TransactionTemplate(platformTransactions).execute(status -> readModel.apply(town, waiting));
		new TransactionTemplate(platformTransactions).executeWithoutResult(status -> jdbc
			.sql("update supervision.applied_event set applied_at = now() - interval '40 days' where town = ?")
			.param(town)
			.update());
		tenants.runAs(town, () -> new TransactionTemplate(context.getBean(PlatformTransactionManager.class))
			.executeWithoutResult(status -> entityManager.createNativeQuery(
					"update supervision_outbox set delivered_at = now() - interval '40 days' where delivered_at is not null")
				.executeUpdate()));
		Map<DayKind, Long> before = readModel.counters(town);

		int removed = pruning.prune();
		int relayed = relay.run();

		List<Long> kept = jdbc.sql("select outbox_id from supervision.applied_event where town = ?")
			.param(town)
			.query(Long.class)
			.list();
		assertThat(removed).isPositive();
		assertThat(kept).contains(waiting.get(0).id()).doesNotContain(delivered);
		assertThat(relayed).isZero();
		assertThat(readModel.counters(town)).isEqualTo(before);
		assertThat(tenants.callAs(town, () -> outbox.pending(100))).isEmpty();
	}

	private Map<String, ReadModel.States> states(List<String> towns) {
		return towns.stream().collect(Collectors.toMap(town -> town, readModel::states));
	}

	private static Map<String, Map<DayKind, Long>> withoutZeros(Map<String, Map<DayKind, Long>> counters) {
		return counters.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey,
					town -> town.getValue()
						.entrySet()
						.stream()
						.filter(counter -> counter.getValue() != 0)
						.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue))));
	}

	private Map<String, Map<DayKind, Long>> counters(List<String> towns) {
		return towns.stream().collect(Collectors.toMap(town -> town, readModel::counters));
	}

}
