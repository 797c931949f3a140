package org.gongkai.portal.internal;

import org.gongkai.disclosure.api.CatalogueEvent;
import org.gongkai.reporting.api.ReportEvent;

import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Retires a town's cached pages when its catalogue changed or a report was published.
 * After commit, so that a page rendered at once shows the change, and on the thread that
 * made it, so that the change is visible when the staff member's request returns; an
 * event fired outside a transaction counts too.
 */
class CacheInvalidation {

	private final PageCache cache;

	CacheInvalidation(PageCache cache) {
		this.cache = cache;
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void on(CatalogueEvent event) {
		cache.invalidate(event.town());
	}

	/** A report published (or replaced by its correction) shows on the town's home. */
	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void on(ReportEvent.Published event) {
		cache.invalidate(event.town());
	}

}
