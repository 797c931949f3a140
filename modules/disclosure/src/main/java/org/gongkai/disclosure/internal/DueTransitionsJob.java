package org.gongkai.disclosure.internal;

import org.gongkai.disclosure.api.CatalogueService;
import org.gongkai.tenancy.api.Tenants;
import org.gongkai.tenancy.api.TownRegistry;
import org.gongkai.tenancy.api.TownStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Publishes scheduled items and expires items in every active town. Every replica runs
 * it; row locks taken with {@code SKIP LOCKED} give each item to one of them.
 */
@Component
class DueTransitionsJob {

	private static final Logger log = LoggerFactory.getLogger(DueTransitionsJob.class);

	private final TownRegistry towns;

	private final Tenants tenants;

	private final CatalogueService catalogue;

	DueTransitionsJob(TownRegistry towns, Tenants tenants, CatalogueService catalogue) {
		this.towns = towns;
		this.tenants = tenants;
		this.catalogue = catalogue;
	}

	@Scheduled(fixedDelayString = "${gongkai.disclosure.transition-interval:PT1M}",
			initialDelayString = "${gongkai.disclosure.transition-first-run:PT20S}")
	void run() {
		for (var town : towns.all()) {
			if (town.status() != TownStatus.ACTIVE) {
				continue;
			}
			try {
				int changed = tenants.callAs(town.code(), catalogue::runDueTransitions);
				if (changed > 0) {
					log.info("{} scheduled publications and expiries carried out in {}", changed, town.code());
				}
			}
			catch (RuntimeException ex) {
				// one town's trouble (schema behind, say) must not hold up the others
				log.warn("Scheduled publications in {} failed: {}", town.code(), ex.getMessage());
			}
		}
	}

}
