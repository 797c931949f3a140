package org.gongkai.reporting.api;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A step of a town's annual report through the city's review, published in the
 * transaction that records it, so a listener that writes in that transaction (the city's
 * read model) commits or rolls back with the step.
 */
public sealed interface ReportEvent {

	String town();

	/** The report year (报告年度), not the year the step happened. */
	int year();

	/** 第几版 */
	int versionNumber();

	Instant at();

	/**
	 * Sent to the city office, first time or again after a return.
	 *
	 * @param dueOn the city's due date for the year at the time of submission
	 */
	record Submitted(String town, int year, int versionNumber, Instant at, LocalDate dueOn) implements ReportEvent {

		/** Submitted after the due date (China time)? */
		public boolean late(LocalDate submittedOn) {
			return submittedOn.isAfter(this.dueOn);
		}

	}

	/** Returned by the city office for revision, with its comment. */
	record Returned(String town, int year, int versionNumber, Instant at, String comment) implements ReportEvent {
	}

	/** Approved by the city office. */
	record Approved(String town, int year, int versionNumber, Instant at) implements ReportEvent {
	}

	/**
	 * Published on the town's portal; a version above 1 replaces an earlier published one
	 * and says what changed.
	 */
	record Published(String town, int year, int versionNumber, Instant at) implements ReportEvent {
	}

}
