package org.gongkai.supervision.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What the city dashboard shows above its table of towns: {@link CityDashboard} without
 * the towns, so its size does not grow with them.
 *
 * @param towns how many towns the figures cover
 * @param reportsPastDue towns whose report for {@code reportYear} is past its due date
 * and not submitted
 */
public record CitySummary(LocalDate from, LocalDate to, LocalDate asOf, int reportYear, int towns, Figures city,
		Backlog backlog, Map<ReportStage, Long> reports, long reportsPastDue, List<MonthFigures> months) {
}
