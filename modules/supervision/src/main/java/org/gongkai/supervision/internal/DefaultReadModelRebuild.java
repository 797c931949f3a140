package org.gongkai.supervision.internal;

import java.util.Objects;

import org.gongkai.supervision.api.ReadModelRebuild;
import org.gongkai.supervision.internal.TownFacts.Snapshot;
import org.gongkai.tenancy.api.PlatformAudit;
import org.gongkai.tenancy.api.Tenants;
import org.gongkai.tenancy.api.Town;
import org.gongkai.tenancy.api.TownRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.beans.factory.annotation.Qualifier;

/**
 * Rebuilds town by town under the relay's lock: a town's snapshot is read in one town
 * transaction, its counters replaced in one platform transaction, so a failure leaves
 * that town's counters as they were.
 */
@Service
class DefaultReadModelRebuild implements ReadModelRebuild {

	private static final Logger log = LoggerFactory.getLogger(DefaultReadModelRebuild.class);

	private final TownRegistry towns;

	private final Tenants tenants;

	private final Relay relay;

	private final TownFacts facts;

	private final ReadModel readModel;

	private final TransactionTemplate own;

	private final PlatformAudit audit;

	private final FiguresCache cache;

	DefaultReadModelRebuild(TownRegistry towns, Tenants tenants, Relay relay, TownFacts facts, ReadModel readModel,
			@Qualifier("platformTransactionManager") PlatformTransactionManager platformTransactions,
			PlatformAudit audit, FiguresCache cache) {
		this.cache = cache;
		this.towns = towns;
		this.tenants = tenants;
		this.relay = relay;
		this.facts = facts;
		this.readModel = readModel;
		this.own = new TransactionTemplate(platformTransactions);
		this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.audit = audit;
	}

	@Override
	public Result rebuild() {
		Result result = relay.underLock(() -> {
			int rebuilt = 0;
			int failed = 0;
			int counters = 0;
			for (Town town : towns.all()) {
				if (Relay.READABLE.contains(town.status())) {
					try {
						Snapshot snapshot = tenants.callAs(town.code(), facts::snapshot);
						counters += Objects
							.requireNonNull(own.execute(status -> readModel.replace(town.code(), snapshot)));
						rebuilt++;
					}
					catch (RuntimeException ex) {
						log.warn("Rebuilding the read model of {} failed: {}", town.code(), ex.getMessage());
						failed++;
					}
				}
			}
			return new Result(rebuilt, failed, counters);
		});
		if (result == null) {
			throw new IllegalStateException("The relay is running on another replica; try again in a minute");
		}
		cache.invalidate();
		audit.record("supervision.rebuilt", null, (result.failed() == 0) ? "SUCCEEDED" : "FAILED",
				result.towns() + " towns, " + result.failed() + " failed, " + result.counters() + " counters");
		log.info("Read model rebuilt: {} towns, {} failed, {} counters", result.towns(), result.failed(),
				result.counters());
		return result;
	}

}
