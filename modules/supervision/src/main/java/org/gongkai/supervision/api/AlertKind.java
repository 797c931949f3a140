package org.gongkai.supervision.api;

/** What the city is alerted to. */
public enum AlertKind {

	/** A request whose reply deadline is three working days away or less. */
	REQUEST_DUE_SOON,
	/** A request whose reply deadline has passed without a decision. */
	REQUEST_OVERDUE,
	/**
	 * An item published after its publication due date, listed for
	 * {@link CityAlerts#LATE_PUBLICATION_DAYS} days after its publication.
	 */
	LATE_PUBLICATION,
	/** The annual report of the last report year, not submitted by its due date. */
	REPORT_PAST_DUE

}
