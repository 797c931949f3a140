package org.gongkai.supervision.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.persistence.EntityManager;
import org.gongkai.supervision.api.ReadModelRebuild;
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

		assertThat(waiting).hasSize(10);
		assertThat(firstDelivery).isEqualTo(10);
		assertThat(relayed).isZero();
		assertThat(relayedAgain).isZero();
		assertThat(tenants.callAs(town, () -> outbox.pending(100))).isEmpty();
		assertThat(moved(before, readModel.counters(town))).isEqualTo(Map.of(
				new DayKind(LocalDate.of(2025, 3, 10), "ITEM_PUBLISHED"), 2L,
				new DayKind(LocalDate.of(2025, 3, 10), "ITEM_PUBLISHED_LATE"), 1L, new DayKind(today, "ITEM_WITHDRAWN"),
				1L, new DayKind(today, "REQUEST_RECEIVED"), 1L, new DayKind(overdueReceipt, "REQUEST_RECEIVED"), 1L,
				new DayKind(dueSoonReceipt, "REQUEST_RECEIVED"), 1L, new DayKind(today, "REQUEST_DECIDED"), 1L,
				new DayKind(today, "REQUEST_OVERDUE"), 1L, new DayKind(today, "REQUEST_DUE_SOON"), 1L));
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
	void rebuildGivesTheIncrementalFiguresAndCountsWaitingRowsOnce() {
		List<String> towns = List.of(SupervisionFixtures.LIUGONG.code(), SupervisionFixtures.DAXIQU.code());
		LocalDate today = today();
		for (String town : towns) {
			staff.importItems(town, town + "机构职能,2024-01-02,2024-01-05", town + "财政预算,2024-01-02,2024-03-29",
					town + "征地补偿,2024-06-03,2024-06-10");
			staff.withdraw(town, town + "财政预算");
			staff.decide(town, staff.register(town, today.minusDays(70)));
			staff.register(town, today.minusDays(80));
			staff.register(town, staff.receivedForDueSoon());
		}
		staff.runDeadlineWatch();
		relay.run();
		Map<String, Map<DayKind, Long>> incremental = counters(towns);

		ReadModelRebuild.Result result = rebuild.rebuild();
		Map<String, Map<DayKind, Long>> rebuilt = counters(towns);
		staff.importItems(towns.get(0), "后补信息,2024-06-03,2024-06-11");
		staff.decide(towns.get(1), staff.register(towns.get(1), today));
		rebuild.rebuild();
		Map<String, Map<DayKind, Long>> rebuiltWithWaitingRows = counters(towns);
		relay.run();

		assertThat(result.failed()).isZero();
		assertThat(incremental.get(towns.get(0)))
			.containsEntry(new DayKind(LocalDate.of(2024, 3, 29), "ITEM_PUBLISHED_LATE"), 1L);
		assertThat(rebuilt).isEqualTo(incremental);
		assertThat(rebuiltWithWaitingRows).isNotEqualTo(rebuilt);
		assertThat(counters(towns)).isEqualTo(rebuiltWithWaitingRows);
	}

	private Map<String, Map<DayKind, Long>> counters(List<String> towns) {
		return towns.stream().collect(Collectors.toMap(town -> town, readModel::counters));
	}

}
