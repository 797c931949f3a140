package org.gongkai.supervision.api;

import java.time.YearMonth;

/**
 * One calendar month's figures within a period (a month cut by the period counts only its
 * days inside it), for the charts.
 */
public record MonthFigures(YearMonth month, Figures figures) {
}
