package org.gongkai.calendar.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Working days as Chinese agencies count them: Monday to Friday, less the public holidays
 * of the State Council's schedule, plus its make-up working days (调休上班日). A year whose
 * schedule is not loaded falls back to Monday to Friday, and answers touching it say they
 * are provisional.
 */
public interface WorkingDayCalendar {

	/**
	 * The {@code workingDays}-th working day after {@code from}; {@code from} itself
	 * never counts.
	 * @param workingDays 1 to 365
	 */
	Deadline deadline(LocalDate from, int workingDays);

	boolean isWorkingDay(LocalDate day);

	/** The official schedule of a year, if loaded. */
	Optional<YearSchedule> schedule(int year);

	/** How many working days the year has (248 in 2025 and in 2026). */
	long workingDaysIn(int year);

	/** Years with a loaded schedule, ascending. */
	List<Integer> loadedYears();

}
