package org.gongkai.reporting.api;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The current town's annual report through the city's review (domain reference §7.1):
 * draft → submitted → returned with a comment (edited and submitted again) or approved →
 * published on the town's portal. Every version is kept; a published report is corrected
 * only by a new version that says what changed and is reviewed and published in turn.
 * Tables 三 and 四 are computed from the records while a version is a draft and frozen when
 * it is submitted. Each step is audited and announced as a {@link ReportEvent}.
 * <p>
 * Every action names the report's {@link ReportStatus#version()} as read; a stale one, or
 * an action the version's state does not allow, is refused (409) with nothing changed.
 */
public interface ReportWorkflow {

	/** Where the year's report stands, with its steps and versions. */
	ReportStatus status(int year);

	/**
	 * Sends the draft (or returned) version to the city office.
	 * @throws ReportException (409) while a blocking rule fails, naming the findings
	 */
	ReportStatus submit(int year, long version);

	/**
	 * The city office sends the submitted version back for revision.
	 * @throws ReportException (400) without a comment
	 */
	ReportStatus returnForRevision(int year, long version, String comment);

	/**
	 * The city office approves the submitted version, and publishes it at once when
	 * {@code publish} is set.
	 */
	ReportStatus approve(int year, long version, boolean publish);

	/** Publishes the approved version on the town's portal. */
	ReportStatus publish(int year, long version);

	/**
	 * Opens a correction of the published report: a new draft version, copied from the
	 * published one, that says what it changes. The published version stays on the portal
	 * until the correction is published.
	 * @throws ReportException (400) without a note of what changes
	 */
	ReportStatus correct(int year, long version, String changeNote);

	/** The latest published version, as published; {@code null} when none is. */
	@Nullable AnnualReport published(int year);

	/** The town's published reports, newest year first (the portal's list). */
	List<PublishedReport> publishedReports();

	/** A published report on the portal's list. */
	record PublishedReport(int year, ReportFormat format, int versionNumber, java.time.Instant publishedAt,
			@Nullable String changeNote) {
	}

}
