package org.gongkai.requests.api;

/** What kind of remedy the applicant sought against the town's handling of a request. */
public enum ReviewKind {

	/**
	 * 行政复议, before the reconsideration body (for a town: the county-level government).
	 */
	RECONSIDERATION,

	/** 行政诉讼, before a court. */
	LITIGATION

}
