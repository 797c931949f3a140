package org.gongkai.supervision.api;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A town's annual report for one report year against the city's due date.
 *
 * @param year the report year (报告年度)
 * @param stage the latest step the city has seen
 * @param dueOn the city's due date for the year
 * @param submittedOn the day (China time) the report first reached the city office;
 * {@code null} before
 * @param daysLate calendar days the first submission came after {@code dueOn}, or, while
 * nothing has been submitted and the due date has passed, days since the due date (as of
 * the dashboard's day); 0 when on time or not yet due
 * @param timesReturned how often the city returned it for revision
 */
public record ReportProgress(int year, ReportStage stage, LocalDate dueOn, @Nullable LocalDate submittedOn,
		int daysLate, int timesReturned) {

	/** Not submitted and the due date has passed. */
	public boolean pastDue() {
		return submittedOn == null && daysLate > 0;
	}

}
