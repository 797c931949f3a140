package org.gongkai.reporting.api;

/**
 * Reports of earlier years, imported from their originals (domain reference §6): mapped
 * to the 2021 structure, blank kept distinct from 0, the original kept verbatim with its
 * format, and its arithmetic checked and flagged, never corrected. An imported report is
 * read through {@link AnnualReports#report(int)}.
 */
public interface ReportHistory {

	/**
	 * Imports the report of {@code year}; importing again replaces the previous import by
	 * a new version.
	 * @throws ReportException (400) naming every field at fault, nothing stored; (409)
	 * when the year has a report of the 2021 format being worked on in the platform
	 */
	AnnualReport importReport(int year, ReportImport original);

}
