package org.gongkai.supervision.api;

import org.jspecify.annotations.Nullable;

/**
 * One town's figures for the period, its backlog as of the dashboard's day, and its
 * annual report for the dashboard's report year ({@code null} when the platform has no
 * report due dates, i.e. without the reporting module).
 */
public record TownFigures(String code, String name, Figures figures, Backlog backlog, @Nullable ReportProgress report) {
}
