package org.gongkai.reporting.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Where a town's report for one year stands.
 *
 * @param state the state of the version being worked on ({@link ReportState#DRAFT} when
 * nothing is stored yet)
 * @param versionNumber 第几版 being worked on; 0 while nothing is stored
 * @param version the edit counter every action must name
 * @param dueOn the city's due date for the year
 * @param firstSubmittedAt when the year's report first reached the city office;
 * {@code null} before
 * @param daysLate calendar days the first submission came after the due date, or, while
 * nothing has been submitted and the due date has passed, days since; 0 when on time or
 * not yet due
 * @param timesReturned how often the city returned the year's report
 * @param changeNote what the version being worked on changes against the published one
 * (versions above 1 made to correct a published report)
 * @param publishedNumber the version on the portal; {@code null} while none is
 * @param imported the report is an imported historical one (published, not reviewed here)
 */
public record ReportStatus(String town, int year, ReportState state, int versionNumber, long version, LocalDate dueOn,
		@Nullable Instant firstSubmittedAt, int daysLate, int timesReturned, @Nullable String changeNote,
		@Nullable Integer publishedNumber, boolean imported, List<Step> steps) {

	public ReportStatus {
		steps = List.copyOf(steps);
	}

	/** The latest return's comment, while the version is returned. */
	public @Nullable String returnComment() {
		if (this.state != ReportState.RETURNED) {
			return null;
		}
		for (int i = this.steps.size() - 1; i >= 0; i--) {
			if (this.steps.get(i).kind() == StepKind.RETURNED) {
				return this.steps.get(i).comment();
			}
		}
		return null;
	}

	/** One step of the report's history, oldest first. */
	public record Step(int versionNumber, StepKind kind, Instant at, String actor, @Nullable String comment) {
	}

	public enum StepKind {

		CREATED, IMPORTED, SUBMITTED, RETURNED, APPROVED, PUBLISHED, CORRECTION_STARTED

	}

}
