package org.gongkai.requests.internal;

import org.gongkai.calendar.api.ScheduleChanged;
import org.gongkai.requests.api.RequestClock;
import org.gongkai.tenancy.api.Tenants;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * When the city changes the holiday calendar, every open request of every active town is
 * re-dated (each change audited in its town), after the calendar change is committed.
 */
@Component
class CalendarRedating {

	private final Tenants tenants;

	private final RequestClock clock;

	CalendarRedating(Tenants tenants, RequestClock clock) {
		this.tenants = tenants;
		this.clock = clock;
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void scheduleChanged(ScheduleChanged change) {
		tenants.inEveryActiveTown("Open requests re-dated after the " + change.year() + " calendar changed",
				clock::redateOpenRequests);
	}

}
