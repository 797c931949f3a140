package org.gongkai.calendar.internal;

import java.time.DayOfWeek;
import java.util.Comparator;
import java.util.List;

import org.gongkai.calendar.api.InvalidScheduleException;
import org.gongkai.calendar.api.YearSchedule;
import org.gongkai.calendar.api.YearSchedule.HolidayPeriod;
import org.gongkai.calendar.api.YearSchedule.MakeUpWorkday;

/**
 * What every announced schedule satisfies; a schedule typed in by hand is checked against
 * it.
 */
final class ScheduleRules {

	private ScheduleRules() {
	}

	static void check(YearSchedule schedule) {
		if (schedule.year() < 2000 || schedule.year() > 2100) {
			throw new InvalidScheduleException("year", schedule.year());
		}
		if (schedule.source().isBlank()) {
			throw new InvalidScheduleException("source");
		}
		List<HolidayPeriod> periods = schedule.holidays()
			.stream()
			.sorted(Comparator.comparing(HolidayPeriod::first))
			.toList();
		HolidayPeriod previous = null;
		for (HolidayPeriod period : periods) {
			if (period.name().isBlank() || period.last().isBefore(period.first())
					|| period.first().getYear() != schedule.year() || period.last().getYear() != schedule.year()) {
				throw new InvalidScheduleException("period", period.name(), period.first(), period.last());
			}
			if (previous != null && !period.first().isAfter(previous.last())) {
				throw new InvalidScheduleException("overlap", previous.name(), period.name());
			}
			previous = period;
		}
		for (MakeUpWorkday makeUp : schedule.makeUpWorkdays()) {
			boolean weekend = makeUp.day().getDayOfWeek() == DayOfWeek.SATURDAY
					|| makeUp.day().getDayOfWeek() == DayOfWeek.SUNDAY;
			if (!weekend || makeUp.day().getYear() != schedule.year()
					|| periods.stream().anyMatch(p -> p.contains(makeUp.day()))) {
				throw new InvalidScheduleException("make-up", makeUp.day());
			}
		}
	}

}
