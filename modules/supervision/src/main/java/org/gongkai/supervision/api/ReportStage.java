package org.gongkai.supervision.api;

/**
 * Where a town's annual report for a year stands in the city's review, as the city sees
 * it: a draft the city has not received is {@link #NOT_SUBMITTED}.
 */
public enum ReportStage {

	NOT_SUBMITTED, SUBMITTED, RETURNED, APPROVED, PUBLISHED

}
