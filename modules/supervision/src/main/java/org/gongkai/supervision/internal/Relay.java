package org.gongkai.supervision.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.gongkai.supervision.internal.Outbox.OutboxRow;
import org.gongkai.tenancy.api.Tenants;
import org.gongkai.tenancy.api.Town;
import org.gongkai.tenancy.api.TownRegistry;
import org.gongkai.tenancy.api.TownStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers every town's outbox to the read model, oldest row first. Every replica
 * schedules it; a transaction-scoped advisory lock on the platform database lets one run
 * at a time (the rebuild takes the same lock). Per batch: read the rows (town
 * transaction), apply them (platform transaction of its own, committed), mark them
 * delivered (town transaction). A crash after applying leaves them undelivered, and the
 * read model's record of applied rows makes the second delivery change nothing.
 */
@Component
class Relay {

	/** Any constant shared by every replica; "GKSUPRLY" in ASCII. */
	static final long LOCK = 0x474B535550524C59L;

	/** Towns that have a schema to read; suspended and archived towns keep their rows. */
	static final Set<TownStatus> READABLE = EnumSet.of(TownStatus.ACTIVE, TownStatus.SUSPENDED, TownStatus.ARCHIVED);

	private static final int BATCH = 500;

	private static final Logger log = LoggerFactory.getLogger(Relay.class);

	private final TownRegistry towns;

	private final Tenants tenants;

	private final JdbcClient platform;

	private final TransactionTemplate locked;

	private final TransactionTemplate own;

	private final Outbox outbox;

	private final ReadModel readModel;

	private final Counter delivered;

	private final AtomicLong lagSeconds = new AtomicLong();

	private final FiguresCache cache;

	private final AlertGauges gauges;

	Relay(TownRegistry towns, Tenants tenants, @Qualifier("platformJdbc") JdbcClient platform,
			@Qualifier("platformTransactionManager") PlatformTransactionManager platformTransactions, Outbox outbox,
			ReadModel readModel, MeterRegistry meters, FiguresCache cache, AlertGauges gauges) {
		this.cache = cache;
		this.gauges = gauges;
		this.towns = towns;
		this.tenants = tenants;
		this.platform = platform;
		this.locked = new TransactionTemplate(platformTransactions);
		this.own = new TransactionTemplate(platformTransactions);
		this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.outbox = outbox;
		this.readModel = readModel;
		this.delivered = Counter.builder("gongkai.supervision.relay.delivered")
			.description("Outbox rows applied to the city read model")
			.register(meters);
		Gauge.builder("gongkai.supervision.relay.lag", lagSeconds, AtomicLong::get)
			.description("Age of the oldest outbox row waiting, in any town, when the relay last looked")
			.baseUnit("seconds")
			.register(meters);
	}

	@Scheduled(fixedDelayString = "${gongkai.supervision.relay-interval:PT1M}",
			initialDelayString = "${gongkai.supervision.relay-first-run:PT20S}")
	void scheduled() {
		run();
	}

	/**
	 * @return rows that moved a counter, or -1 when another replica holds the lock
	 */
	int run() {
		Integer moved = underLock(() -> {
			long lag = 0;
			int applied = 0;
			for (Town town : towns.all()) {
				if (READABLE.contains(town.status())) {
					try {
						lag = Math.max(lag, (long) (double) tenants.callAs(town.code(), outbox::lagSeconds));
						applied += deliver(town.code());
					}
					catch (RuntimeException ex) {
						// one town's trouble must not hold up the others; its rows wait
						log.warn("Relay for {} failed: {}", town.code(), ex.getMessage());
					}
				}
			}
			lagSeconds.set(lag);
			return applied;
		});
		if (moved == null) {
			return -1;
		}
		if (moved > 0) {
			// applied in transactions of their own, committed by now: the cached answers
			// are out of date
			cache.invalidate();
		}
		gauges.refresh();
		return moved;
	}

	/** Runs the work holding the relay's lock; null when another replica holds it. */
	<T> T underLock(Supplier<T> work) {
		return locked.execute(status -> {
			Boolean free = platform.sql("select pg_try_advisory_xact_lock(?)")
				.param(LOCK)
				.query(Boolean.class)
				.single();
			return Boolean.TRUE.equals(free) ? work.get() : null;
		});
	}

	private int deliver(String town) {
		int applied = 0;
		while (true) {
			List<OutboxRow> rows = tenants.callAs(town, () -> outbox.pending(BATCH));
			if (rows.isEmpty()) {
				return applied;
			}
			int moved = Objects.requireNonNull(own.execute(status -> readModel.apply(town, rows)));
			tenants.runAs(town, () -> outbox.delivered(rows.stream().map(OutboxRow::id).toList()));
			delivered.increment(moved);
			applied += moved;
		}
	}

}
