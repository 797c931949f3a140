package org.gongkai.reporting.api;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The current town's annual reports (2021 format, from report year 2021 on). Reading
 * computes tables 三 and 四 from the records of the year and checks every rule; a report is
 * stored from its first edit on. Every change is audited; bad input is refused field by
 * field with nothing stored.
 */
public interface AnnualReports {

	/**
	 * The report for {@code year}, stored or not.
	 * @throws ReportException (404) for a year before 2021 or after the current one
	 */
	AnnualReport report(int year);

	/**
	 * Replaces the figures of table 二 entered by staff.
	 * @param version the report's {@link AnnualReport#version()} as read (0 before the
	 * first edit)
	 * @throws ReportException (400) naming every figure at fault, (409) when the report
	 * changed meanwhile or is no longer a draft
	 */
	AnnualReport saveFigures(int year, long version, Table2 figures);

	/**
	 * Replaces the town's texts of sections 一, 五 and 六; a section absent or blank is
	 * cleared (the draft shows again).
	 * @throws ReportException (400) for another section or a text too long, (409) as
	 * {@link #saveFigures}
	 */
	AnnualReport saveTexts(int year, long version, Map<Section, @Nullable String> texts);

}
