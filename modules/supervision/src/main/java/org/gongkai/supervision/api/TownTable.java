package org.gongkai.supervision.api;

import java.time.LocalDate;
import java.util.List;

/**
 * One page of the dashboard's table of towns, sorted by one indicator.
 *
 * @param page zero-based
 * @param total towns in the table, on every page
 */
public record TownTable(LocalDate from, LocalDate to, LocalDate asOf, int reportYear, Indicator sort,
		boolean descending, int page, int size, long total, List<TownFigures> rows) {
}
