package org.gongkai.calendar.api;

import java.time.LocalDate;
import java.util.List;

/**
 * One year's 放假调休 schedule as the State Council announced it.
 *
 * @param source the notice it comes from
 * @param holidays the days off, as announced periods
 * @param makeUpWorkdays Saturdays and Sundays that are worked
 */
public record YearSchedule(int year, String source, List<HolidayPeriod> holidays, List<MakeUpWorkday> makeUpWorkdays) {

	public YearSchedule {
		holidays = List.copyOf(holidays);
		makeUpWorkdays = List.copyOf(makeUpWorkdays);
	}

	/** 法定节假日 with its 调休: every day from {@code first} to {@code last} is off. */
	public record HolidayPeriod(String name, LocalDate first, LocalDate last) {

		public boolean contains(LocalDate day) {
			return !day.isBefore(first) && !day.isAfter(last);
		}

	}

	/** 调休上班日: a weekend day that is worked, named after the holiday it pays for. */
	public record MakeUpWorkday(LocalDate day, String name) {
	}

}
