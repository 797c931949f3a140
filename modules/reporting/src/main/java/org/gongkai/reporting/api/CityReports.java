package org.gongkai.reporting.api;

import java.util.List;

/**
 * The city office's view of every town's annual report for a year: where each stands
 * against the city's due date, and the city-wide tables summing the towns.
 */
public interface CityReports {

	/**
	 * Every town in service (active or suspended), by code, with its report's state,
	 * lateness and how many errors and warnings the rules find in it now.
	 */
	List<TownReport> forYear(int year);

	/**
	 * The city-wide report for {@code year}: tables 二, 三 and 四 and the fees summed over
	 * every town's report as the city sees it (the published version, else the version
	 * submitted, else the town's draft as it stands), checked by the same rules. A cell
	 * some town left blank is blank in the sum too: the city table is not complete.
	 */
	CityRollUp rollUp(int year);

	/** The roll-up printed in the official layout, like a town's report. */
	ReportExports.ReportFile exportRollUp(int year, ExportFormat format);

	/** The roll-up as an HTML fragment, like {@link ReportExports#html}. */
	String rollUpHtml(int year);

	/**
	 * @param sum the summed report (town {@code city}, no texts but an overview naming
	 * the towns summed)
	 * @param towns the towns summed, with the state of the version taken
	 */
	record CityRollUp(int year, AnnualReport sum, List<TownReport> towns) {
	}

	record TownReport(String code, String name, ReportStatus status, int errors, int warnings) {

		/** The due date has passed and nothing reached the city office. */
		public boolean missing() {
			return this.status.firstSubmittedAt() == null && this.status.daysLate() > 0 && !this.status.imported();
		}

		/** Reached the city office after the due date. */
		public boolean late() {
			return this.status.firstSubmittedAt() != null && this.status.daysLate() > 0;
		}

	}

}
