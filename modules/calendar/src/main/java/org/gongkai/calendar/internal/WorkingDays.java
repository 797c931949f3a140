package org.gongkai.calendar.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.gongkai.calendar.api.Deadline;
import org.gongkai.calendar.api.YearSchedule;
import org.gongkai.calendar.api.YearSchedule.HolidayPeriod;
import org.gongkai.calendar.api.YearSchedule.MakeUpWorkday;

/**
 * Working-day arithmetic over a fixed set of schedules (domain reference §4.1): a make-up
 * day counts; a day inside a holiday period does not; otherwise Monday to Friday count.
 * Immutable, so a new schedule means a new instance swapped in whole.
 */
final class WorkingDays {

	static final int MAX_WORKING_DAYS = 365;

	private final Map<Integer, YearSchedule> schedules;

	private final Set<LocalDate> holidays = new HashSet<>();

	private final Set<LocalDate> makeUpDays = new HashSet<>();

	WorkingDays(List<YearSchedule> schedules) {
		this.schedules = new HashMap<>();
		for (YearSchedule schedule : schedules) {
			this.schedules.put(schedule.year(), schedule);
			for (HolidayPeriod period : schedule.holidays()) {
				period.first().datesUntil(period.last().plusDays(1)).forEach(holidays::add);
			}
			schedule.makeUpWorkdays().stream().map(MakeUpWorkday::day).forEach(makeUpDays::add);
		}
	}

	boolean isWorkingDay(LocalDate day) {
		if (makeUpDays.contains(day)) {
			return true;
		}
		if (holidays.contains(day)) {
			return false;
		}
		return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
	}

	Deadline deadline(LocalDate from, int workingDays) {
		if (workingDays < 1 || workingDays > MAX_WORKING_DAYS) {
			throw new IllegalArgumentException("Working days must be 1 to " + MAX_WORKING_DAYS + ": " + workingDays);
		}
		LocalDate day = from;
		boolean provisional = false;
		int counted = 0;
		while (counted < workingDays) {
			day = day.plusDays(1);
			provisional |= !schedules.containsKey(day.getYear());
			if (isWorkingDay(day)) {
				counted++;
			}
		}
		return new Deadline(from, workingDays, day, provisional);
	}

	Optional<YearSchedule> schedule(int year) {
		return Optional.ofNullable(schedules.get(year));
	}

	List<Integer> years() {
		return schedules.keySet().stream().sorted().toList();
	}

	/**
	 * How many working days the year has, to check a schedule against the announced
	 * total.
	 */
	long workingDaysIn(int year) {
		LocalDate first = LocalDate.of(year, 1, 1);
		return first.datesUntil(first.plusYears(1)).filter(this::isWorkingDay).count();
	}

}
