package org.gongkai.supervision.api;

import java.time.LocalDate;

/**
 * The city's figures, read from the read model alone (never from a town's schema), so
 * their cost depends on the number of towns and days, not on the towns' data.
 */
public interface CityFigures {

	/**
	 * @param from first day, included
	 * @param to last day, included
	 * @throws IllegalArgumentException when {@code to} is before {@code from}
	 */
	CityDashboard between(LocalDate from, LocalDate to);

}
