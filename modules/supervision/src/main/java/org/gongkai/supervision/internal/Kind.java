package org.gongkai.supervision.internal;

/**
 * What one outbox row counts; stored by name in the outbox and in the daily counters.
 * Each row moves exactly one counter by one. Annual-report events (issue 6) will add
 * their own kinds here and a listener beside {@link OutboxListeners}.
 */
enum Kind {

	ITEM_PUBLISHED, ITEM_PUBLISHED_LATE, ITEM_WITHDRAWN, REQUEST_RECEIVED, REQUEST_DECIDED, REQUEST_DUE_SOON,
	REQUEST_OVERDUE

}
