package org.gongkai.requests.internal;

import org.gongkai.calendar.api.ScheduleChanged;
import org.gongkai.requests.api.RequestClock;
import org.gongkai.tenancy.api.Tenants;
import org.gongkai.tenancy.api.TownRegistry;
import org.gongkai.tenancy.api.TownStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * When the city changes the holiday calendar, every open request of every active town is
 * re-dated (each change audited in its town), after the calendar change is committed.
 */
@Component
class CalendarRedating {

	private static final Logger log = LoggerFactory.getLogger(CalendarRedating.class);

	private final TownRegistry towns;

	private final Tenants tenants;

	private final RequestClock clock;

	CalendarRedating(TownRegistry towns, Tenants tenants, RequestClock clock) {
		this.towns = towns;
		this.tenants = tenants;
		this.clock = clock;
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void scheduleChanged(ScheduleChanged change) {
		for (var town : towns.all()) {
			if (town.status() == TownStatus.ACTIVE) {
				try {
					int moved = tenants.callAs(town.code(), clock::redateOpenRequests);
					if (moved > 0) {
						log.info("{} open requests re-dated in {} after the {} calendar changed", moved, town.code(),
								change.year());
					}
				}
				catch (RuntimeException ex) {
					log.warn("Re-dating requests in {} failed: {}", town.code(), ex.getMessage());
				}
			}
		}
	}

}
