package org.gongkai.supervision.api;

import java.time.LocalDate;

/**
 * The city's figures, read from the read model alone (never from a town's schema), so
 * their cost depends on the number of towns and days, not on the towns' data. Answers are
 * cached in Redis until the relay delivers new events (or Redis is down, then they are
 * computed each time). Periods are days {@code from} to {@code to}, both included;
 * backlogs and report delays are as of today (China time); the report year is the year
 * before {@code to}'s year.
 */
public interface CityFigures {

	/**
	 * Every town and the city: the JSON API and the exports.
	 * @throws IllegalArgumentException when {@code to} is before {@code from}
	 */
	CityDashboard between(LocalDate from, LocalDate to);

	/**
	 * The city-wide part of {@link #between}: what the dashboard shows above its table.
	 * @throws IllegalArgumentException when {@code to} is before {@code from}
	 */
	CitySummary summary(LocalDate from, LocalDate to);

	/**
	 * One page of the towns, sorted by an indicator (ties by code; towns without a value
	 * last whatever the direction).
	 * @param page zero-based
	 * @param size 1 to 200
	 * @throws IllegalArgumentException for a reversed period or a page out of range
	 */
	TownTable towns(LocalDate from, LocalDate to, Indicator sort, boolean descending, int page, int size);

	/**
	 * One town's dashboard, for its own staff or the city's drill-down.
	 * @throws IllegalArgumentException for a reversed period
	 * @throws java.util.NoSuchElementException for a town not in the registry (or never
	 * in service)
	 */
	TownDashboard town(String code, LocalDate from, LocalDate to);

}
