package org.gongkai.reporting.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.gongkai.reporting.api.CityReports;
import org.gongkai.reporting.api.ReportStatus;
import org.jspecify.annotations.Nullable;

/** A report's place in the city's review as the API gives it. */
record StatusView(String town, int year, String state, int versionNumber, long version, LocalDate dueOn,
		@Nullable Instant firstSubmittedAt, int daysLate, int timesReturned, @Nullable String returnComment,
		@Nullable String changeNote, @Nullable Integer publishedNumber, boolean imported,
		List<ReportStatus.Step> steps) {

	static StatusView of(ReportStatus status) {
		return new StatusView(status.town(), status.year(), status.state().name(), status.versionNumber(),
				status.version(), status.dueOn(), status.firstSubmittedAt(), status.daysLate(), status.timesReturned(),
				status.returnComment(), status.changeNote(), status.publishedNumber(), status.imported(),
				status.steps());
	}

	/** A town's line on the city's list. */
	record TownLine(String code, String name, boolean missing, boolean late, int errors, int warnings,
			StatusView status) {

		static TownLine of(CityReports.TownReport town) {
			return new TownLine(town.code(), town.name(), town.missing(), town.late(), town.errors(), town.warnings(),
					StatusView.of(town.status()));
		}

	}

}
