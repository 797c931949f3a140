package org.gongkai.supervision.internal;

import java.util.Set;

import org.gongkai.requests.api.Outcome;
import org.gongkai.requests.api.ReviewOutcome;

/**
 * What one outbox row counts or changes; stored by name in the outbox and in the daily
 * counters. A counting row moves exactly one counter by its amount (1, but the working
 * days of a decision, or -1 to undo a review result); a row may also change a state
 * (requests still open, late items, annual reports), and the report kinds only do that.
 */
enum Kind {

	ITEM_PUBLISHED, ITEM_PUBLISHED_LATE, ITEM_WITHDRAWN, REQUEST_RECEIVED, REQUEST_DECIDED, REQUEST_DECIDED_ON_TIME,
	REQUEST_WORKING_DAYS, OUTCOME_DISCLOSED, OUTCOME_PARTLY_DISCLOSED, OUTCOME_WITHHELD, OUTCOME_UNAVAILABLE,
	OUTCOME_NOT_PROCESSED, OUTCOME_OTHER, REQUEST_DUE_SOON, REQUEST_OVERDUE, REQUEST_LAPSED, REVIEW_OPENED,
	REVIEW_UPHELD, REVIEW_CORRECTED, REVIEW_OTHER, REPORT_SUBMITTED, REPORT_RETURNED, REPORT_APPROVED, REPORT_PUBLISHED;

	/** Kinds that change a state only and have no daily counter. */
	static final Set<Kind> STATE_ONLY = Set.of(REQUEST_LAPSED, REPORT_SUBMITTED, REPORT_RETURNED, REPORT_APPROVED,
			REPORT_PUBLISHED);

	boolean counts() {
		return !STATE_ONLY.contains(this);
	}

	static Kind of(Outcome.Group group) {
		return valueOf("OUTCOME_" + group.name());
	}

	/** The counter of a closed review result. */
	static Kind of(ReviewOutcome result) {
		return switch (result) {
			case UPHELD -> REVIEW_UPHELD;
			case CORRECTED -> REVIEW_CORRECTED;
			case OTHER -> REVIEW_OTHER;
			case PENDING -> throw new IllegalArgumentException("A pending case has no result");
		};
	}

}
