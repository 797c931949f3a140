package org.gongkai.supervision.internal;

import java.time.LocalDate;

import org.gongkai.disclosure.api.CatalogueEvent;
import org.gongkai.reporting.api.ReportEvent;
import org.gongkai.requests.api.RequestAlert;
import org.gongkai.requests.api.RequestEvent;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Turns the towns' api events into outbox rows. Before commit, on the publisher's thread
 * and in its transaction (so in its town): the row exists if and only if the change does.
 * An event published outside a transaction is not counted; every publisher counted here
 * publishes inside one. Every row's day comes from the event, so the rebuild, reading the
 * same dates from the towns' tables, places it on the same day.
 */
@Component
class OutboxListeners {

	private final Outbox outbox;

	OutboxListeners(Outbox outbox) {
		this.outbox = outbox;
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void on(CatalogueEvent event) {
		String subject = event.itemId().toString();
		if (event instanceof CatalogueEvent.Published published) {
			outbox.append(event.town(), Kind.ITEM_PUBLISHED, published.publishedOn(), subject);
			if (published.late()) {
				// by 索引号: the alert names the item the way the portal shows it
				outbox.append(event.town(), Kind.ITEM_PUBLISHED_LATE, published.publishedOn(), published.indexNumber());
			}
		}
		else if (event instanceof CatalogueEvent.Withdrawn withdrawn) {
			outbox.append(event.town(), Kind.ITEM_WITHDRAWN, withdrawn.withdrawnOn(), subject);
		}
		// revisions, expiry and workflow steps are not counted
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void on(RequestEvent event) {
		String town = event.town();
		String code = event.trackingCode();
		if (event instanceof RequestEvent.Received received) {
			outbox.append(town, Kind.REQUEST_RECEIVED, received.receivedOn(), code);
		}
		else if (event instanceof RequestEvent.Decided decided) {
			outbox.append(town, Kind.REQUEST_DECIDED, decided.decidedOn(), code);
			if (decided.onTime()) {
				outbox.append(town, Kind.REQUEST_DECIDED_ON_TIME, decided.decidedOn(), code);
			}
			if (decided.workingDays() > 0) {
				outbox.append(town, Kind.REQUEST_WORKING_DAYS, decided.decidedOn(), code, decided.workingDays(), null);
			}
			outbox.append(town, Kind.of(decided.outcome().group()), decided.decidedOn(), code);
		}
		else if (event instanceof RequestEvent.Lapsed lapsed) {
			outbox.append(town, Kind.REQUEST_LAPSED, lapsed.lapsedOn(), code);
		}
		else if (event instanceof RequestEvent.ReviewOpened opened) {
			outbox.append(town, Kind.REVIEW_OPENED, opened.filedOn(), code);
		}
		else if (event instanceof RequestEvent.ReviewOutcomeRecorded recorded) {
			// a result replaced or withdrawn is taken off the day it was counted on
			LocalDate previousClosedOn = recorded.previousClosedOn();
			if (recorded.previous().closed() && previousClosedOn != null) {
				outbox.append(town, Kind.of(recorded.previous()), previousClosedOn, code, -1, null);
			}
			LocalDate closedOn = recorded.closedOn();
			if (recorded.outcome().closed() && closedOn != null) {
				outbox.append(town, Kind.of(recorded.outcome()), closedOn, code);
			}
		}
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void on(RequestAlert alert) {
		Kind kind = (alert.kind() == RequestAlert.Kind.OVERDUE) ? Kind.REQUEST_OVERDUE : Kind.REQUEST_DUE_SOON;
		outbox.append(alert.town(), kind, alert.raisedOn(), alert.trackingCode(), 1, alert.dueOn());
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void on(ReportEvent event) {
		String year = Integer.toString(event.year());
		LocalDate day = ChinaDay.of(event.at());
		if (event instanceof ReportEvent.Submitted submitted) {
			outbox.append(event.town(), Kind.REPORT_SUBMITTED, day, year, 1, submitted.dueOn());
		}
		else if (event instanceof ReportEvent.Returned) {
			outbox.append(event.town(), Kind.REPORT_RETURNED, day, year);
		}
		else if (event instanceof ReportEvent.Approved) {
			outbox.append(event.town(), Kind.REPORT_APPROVED, day, year);
		}
		else if (event instanceof ReportEvent.Published) {
			outbox.append(event.town(), Kind.REPORT_PUBLISHED, day, year);
		}
	}

}
