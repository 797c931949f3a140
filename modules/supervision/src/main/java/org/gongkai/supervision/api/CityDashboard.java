package org.gongkai.supervision.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Every town's figures for a period (both days included) and their sum for the city.
 * Towns are listed by code; every town in service, suspended or archived appears, with
 * zeros when nothing happened.
 *
 * @param asOf the day the backlogs and report delays are taken on (today, China time)
 * @param reportYear the annual reports shown: the year before {@code to}'s year
 * @param backlog the city's requests still open as of {@code asOf}
 * @param reports towns by the stage of their report for {@code reportYear}; every stage
 * present (empty without the reporting module)
 * @param months the city's figures by calendar month of the period
 */
public record CityDashboard(LocalDate from, LocalDate to, LocalDate asOf, int reportYear, List<TownFigures> towns,
		Figures city, Backlog backlog, Map<ReportStage, Long> reports, List<MonthFigures> months) {
}
