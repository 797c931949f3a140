package org.gongkai.supervision.api;

import java.time.LocalDate;
import java.util.List;

/**
 * The dashboard of one town (for its own staff, or the city's drill-down): its figures,
 * backlog, report and months.
 */
public record TownDashboard(LocalDate from, LocalDate to, LocalDate asOf, int reportYear, TownFigures town,
		List<MonthFigures> months) {
}
