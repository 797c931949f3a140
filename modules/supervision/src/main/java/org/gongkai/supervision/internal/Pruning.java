package org.gongkai.supervision.internal;

import java.time.Duration;
import java.util.Objects;

import jakarta.persistence.EntityManager;

import org.gongkai.tenancy.api.Tenants;
import org.gongkai.tenancy.api.Town;
import org.gongkai.tenancy.api.TownRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps {@code supervision.applied_event} and the towns' outboxes from growing for ever
 * (ADR 0007). Under the relay's lock, per town: the lowest id still waiting in the outbox
 * bounds what may go. An applied row below it has been marked delivered, and the relay
 * never reads a delivered row again, so its record is no longer needed for idempotency; a
 * row applied but not yet marked (a crash between the two) is at or above that bound and
 * keeps its record. A row whose transaction has not committed yet has no record to lose.
 * Only rows older than {@code gongkai.supervision.prune-after} go, so recent history
 * stays for diagnosis. Delivered outbox rows go the same way.
 */
@Component
class Pruning {

	private static final Logger log = LoggerFactory.getLogger(Pruning.class);

	private final TownRegistry towns;

	private final Tenants tenants;

	private final Relay relay;

	private final JdbcClient platform;

	private final TransactionTemplate own;

	private final TransactionTemplate town;

	private final EntityManager entityManager;

	private final Duration after;

	Pruning(TownRegistry towns, Tenants tenants, Relay relay, @Qualifier("platformJdbc") JdbcClient platform,
			@Qualifier("platformTransactionManager") PlatformTransactionManager platformTransactions,
			PlatformTransactionManager townTransactions, EntityManager entityManager,
			@Value("${gongkai.supervision.prune-after:P30D}") Duration after) {
		this.towns = towns;
		this.tenants = tenants;
		this.relay = relay;
		this.platform = platform;
		this.own = new TransactionTemplate(platformTransactions);
		this.own.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
		this.town = new TransactionTemplate(townTransactions);
		this.entityManager = entityManager;
		this.after = after;
	}

	@Scheduled(fixedDelayString = "${gongkai.supervision.prune-interval:PT6H}",
			initialDelayString = "${gongkai.supervision.prune-first-run:PT10M}")
	void scheduled() {
		prune();
	}

	/**
	 * @return records and outbox rows removed, or -1 when the relay runs elsewhere
	 */
	int prune() {
		Integer removed = relay.underLock(() -> {
			int total = 0;
			for (Town each : towns.all()) {
				if (Relay.READABLE.contains(each.status())) {
					try {
						total += prune(each.code());
					}
					catch (RuntimeException ex) {
						log.warn("Pruning the read model's records of {} failed: {}", each.code(), ex.getMessage());
					}
				}
			}
			return total;
		});
		return (removed != null) ? removed : -1;
	}

	private int prune(String code) {
		long seconds = after.toSeconds();
		// the bound is read before anything is removed: rows delivered meanwhile only
		// wait for the next run
		long bound = Objects.requireNonNull(tenants.callAs(code, () -> town.execute(status -> {
			Object lowest = entityManager.createNativeQuery("""
					select coalesce(min(id), (select coalesce(max(id), 0) + 1 from supervision_outbox))
					from supervision_outbox where delivered_at is null
					""").getSingleResult();
			return ((Number) lowest).longValue();
		})));
		int records = Objects.requireNonNull(own.execute(status -> platform.sql("""
				delete from supervision.applied_event
				where town = ? and outbox_id < ? and applied_at < now() - make_interval(secs => ?)
				""").params(code, bound, seconds).update()));
		int rows = Objects
			.requireNonNull(tenants.callAs(code, () -> town.execute(status -> entityManager.createNativeQuery("""
					delete from supervision_outbox
					where id < :bound and delivered_at is not null
					  and delivered_at < now() - make_interval(secs => :seconds)
					""").setParameter("bound", bound).setParameter("seconds", seconds).executeUpdate())));
		return records + rows;
	}

}
