package org.gongkai.disclosure.internal;

import org.gongkai.disclosure.api.CatalogueService;
import org.gongkai.tenancy.api.Tenants;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Publishes scheduled items and expires items in every active town. Every replica runs
 * it; row locks taken with {@code SKIP LOCKED} give each item to one of them.
 */
@Component
class DueTransitionsJob {

	private final Tenants tenants;

	private final CatalogueService catalogue;

	DueTransitionsJob(Tenants tenants, CatalogueService catalogue) {
		this.tenants = tenants;
		this.catalogue = catalogue;
	}

	@Scheduled(fixedDelayString = "${gongkai.disclosure.transition-interval:PT1M}",
			initialDelayString = "${gongkai.disclosure.transition-first-run:PT20S}")
	void run() {
		tenants.inEveryActiveTown("Scheduled publications and expiries", catalogue::runDueTransitions);
	}

}
