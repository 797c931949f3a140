package org.gongkai.reporting.api;

/**
 * Where a report version stands in the city's review (domain reference §7.1). Only
 * {@link #DRAFT} is reachable so far; submission, return, approval and publication come
 * with the workflow (issue 6).
 */
public enum ReportState {

	DRAFT, SUBMITTED, RETURNED, APPROVED, PUBLISHED

}
