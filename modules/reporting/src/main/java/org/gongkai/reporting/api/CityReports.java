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
