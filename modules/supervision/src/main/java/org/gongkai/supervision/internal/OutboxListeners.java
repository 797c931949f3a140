package org.gongkai.supervision.internal;

import java.time.Clock;

import org.gongkai.disclosure.api.CatalogueEvent;
import org.gongkai.requests.api.RequestAlert;
import org.gongkai.requests.api.RequestEvent;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Turns the towns' api events into outbox rows. Before commit, on the publisher's thread
 * and in its transaction (so in its town): the row exists if and only if the change does.
 * An event published outside a transaction is not counted; every publisher counted here
 * publishes inside one.
 */
@Component
class OutboxListeners {

	private final Outbox outbox;

	private final Clock clock;

	OutboxListeners(Outbox outbox, Clock clock) {
		this.outbox = outbox;
		this.clock = clock;
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void on(CatalogueEvent event) {
		String subject = event.itemId().toString();
		if (event instanceof CatalogueEvent.Published published) {
			outbox.append(event.town(), Kind.ITEM_PUBLISHED, published.publishedOn(), subject);
			if (published.late()) {
				outbox.append(event.town(), Kind.ITEM_PUBLISHED_LATE, published.publishedOn(), subject);
			}
		}
		else if (event instanceof CatalogueEvent.Withdrawn) {
			// the event has no date: the withdrawal is stamped with the same clock now
			outbox.append(event.town(), Kind.ITEM_WITHDRAWN, ChinaDay.today(clock), subject);
		}
		// revisions, expiry and workflow steps are not counted yet
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void on(RequestEvent event) {
		if (event instanceof RequestEvent.Received received) {
			outbox.append(event.town(), Kind.REQUEST_RECEIVED, received.receivedOn(), event.trackingCode());
		}
		else if (event instanceof RequestEvent.Decided decided) {
			outbox.append(event.town(), Kind.REQUEST_DECIDED, decided.decidedOn(), event.trackingCode());
		}
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void on(RequestAlert alert) {
		Kind kind = (alert.kind() == RequestAlert.Kind.OVERDUE) ? Kind.REQUEST_OVERDUE : Kind.REQUEST_DUE_SOON;
		outbox.append(alert.town(), kind, ChinaDay.today(clock), alert.trackingCode());
	}

}
