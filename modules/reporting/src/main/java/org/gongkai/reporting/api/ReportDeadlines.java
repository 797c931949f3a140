package org.gongkai.reporting.api;

import java.time.LocalDate;
import java.util.List;

/**
 * The city's due dates for the towns' annual reports: the regulation is silent on
 * townships (domain reference §1.7), so the city office sets one per report year; without
 * a setting it is 31 January of the following year.
 */
public interface ReportDeadlines {

	/** The due date for reports of {@code year}. */
	LocalDate dueDate(int year);

	/**
	 * Sets the due date for reports of {@code year} (city office only); audited in the
	 * platform's trail.
	 * @throws ReportException (400) for a date not after the report year's end, or a year
	 * before 2021
	 */
	LocalDate setDueDate(int year, LocalDate dueOn);

	/** The due dates of every report year from 2021 to the current one, newest first. */
	List<Deadline> all();

	/** A year's due date, set by the city or the default. */
	record Deadline(int year, LocalDate dueOn, boolean byDefault) {
	}

}
