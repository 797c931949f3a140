package org.gongkai.reporting.api;

/**
 * Where a report version stands in the city's review (domain reference §7.1), see
 * {@link ReportWorkflow}. A version returned for revision is edited like a draft.
 */
public enum ReportState {

	DRAFT, SUBMITTED, RETURNED, APPROVED, PUBLISHED;

	/** The town may change the version's figures and texts. */
	public boolean editable() {
		return this == DRAFT || this == RETURNED;
	}

}
