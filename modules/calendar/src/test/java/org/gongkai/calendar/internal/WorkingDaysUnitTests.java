package org.gongkai.calendar.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.gongkai.calendar.api.InvalidScheduleException;
import org.gongkai.calendar.api.YearSchedule;
import org.gongkai.calendar.api.YearSchedule.HolidayPeriod;
import org.gongkai.calendar.api.YearSchedule.MakeUpWorkday;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkingDaysUnitTests {

	private final WorkingDays days = new WorkingDays(List.of(OfficialSchedules.Y2025, OfficialSchedules.Y2026));

	/**
	 * Domain reference §4.4, then dates around both Spring Festivals and National Days
	 * worked out by hand.
	 */
	@ParameterizedTest(name = "{0} + {1} working days = {2}")
	@CsvSource({
			// §4.4 worked examples
			"2025-01-20, 7, 2025-02-05", "2025-01-20, 20, 2025-02-21", "2025-02-21, 20, 2025-03-21",
			"2025-09-24, 20, 2025-10-28", "2025-12-31, 20, 2026-01-29", "2026-02-10, 7, 2026-02-26",
			"2026-02-10, 20, 2026-03-16", "2026-09-18, 20, 2026-10-22",
			// 2025 Spring Festival: Sunday 01-26 and Saturday 02-08 are worked,
			// 01-28..02-04 off
			"2025-01-24, 1, 2025-01-26", "2025-01-25, 1, 2025-01-26", "2025-01-26, 1, 2025-01-27",
			"2025-01-27, 1, 2025-02-05", "2025-01-28, 1, 2025-02-05", "2025-02-04, 1, 2025-02-05",
			"2025-02-07, 1, 2025-02-08", "2025-02-08, 1, 2025-02-10", "2025-01-22, 3, 2025-01-26",
			"2025-01-22, 5, 2025-02-05",
			// 2025 National Day and Mid-Autumn: Sunday 09-28 and Saturday 10-11 worked,
			// 10-01..10-08 off
			"2025-09-26, 1, 2025-09-28", "2025-09-27, 1, 2025-09-28", "2025-09-28, 1, 2025-09-29",
			"2025-09-29, 2, 2025-10-09", "2025-09-30, 1, 2025-10-09", "2025-10-05, 1, 2025-10-09",
			"2025-10-10, 1, 2025-10-11", "2025-10-11, 1, 2025-10-13", "2025-09-30, 20, 2025-11-04",
			// 2026 New Year: Sunday 01-04 worked
			"2025-12-31, 1, 2026-01-04", "2026-01-03, 1, 2026-01-04", "2026-01-04, 1, 2026-01-05",
			// 2026 Spring Festival: Saturdays 02-14 and 02-28 worked, 02-15..02-23 off
			"2026-02-13, 1, 2026-02-14", "2026-02-14, 1, 2026-02-24", "2026-02-20, 1, 2026-02-24",
			"2026-02-23, 1, 2026-02-24", "2026-02-27, 1, 2026-02-28", "2026-02-28, 1, 2026-03-02",
			"2026-02-12, 7, 2026-02-28", "2026-02-01, 20, 2026-03-05",
			// 2026 Mid-Autumn 09-25..09-27, National Day 10-01..10-07, Sunday 09-20 and
			// Saturday 10-10 worked
			"2026-09-18, 1, 2026-09-20", "2026-09-19, 1, 2026-09-20", "2026-09-24, 1, 2026-09-28",
			"2026-09-30, 1, 2026-10-08", "2026-10-01, 1, 2026-10-08", "2026-10-09, 1, 2026-10-10",
			"2026-10-10, 1, 2026-10-12", "2026-09-22, 7, 2026-10-09", "2026-09-30, 20, 2026-11-03",
			// Labour Day 2026: 05-01..05-05 off, Saturday 05-09 worked
			"2026-04-30, 1, 2026-05-06", "2026-05-08, 1, 2026-05-09",
			// ordinary weeks: D never counts, weekends do not count
			"2026-03-06, 1, 2026-03-09", "2026-03-09, 5, 2026-03-16" })
	void deadlinesAcrossHolidaysAndMakeUpDays(LocalDate from, int workingDays, LocalDate expected) {
		var deadline = days.deadline(from, workingDays);

		assertThat(deadline.deadline()).isEqualTo(expected);
		assertThat(deadline.provisional()).isFalse();
	}

	@Test
	void everyDeadlineIsAWorkingDayWithExactlyThatManyWorkingDaysAfterTheStart() {
		Set<LocalDate> off = Stream.of(OfficialSchedules.Y2025, OfficialSchedules.Y2026)
			.flatMap(s -> s.holidays().stream())
			.flatMap(p -> p.first().datesUntil(p.last().plusDays(1)))
			.collect(java.util.stream.Collectors.toSet());
		Set<LocalDate> worked = Stream.of(OfficialSchedules.Y2025, OfficialSchedules.Y2026)
			.flatMap(s -> s.makeUpWorkdays().stream())
			.map(MakeUpWorkday::day)
			.collect(java.util.stream.Collectors.toSet());
		LocalDate start = LocalDate.of(2025, 1, 1);
		for (LocalDate from = start; from.isBefore(LocalDate.of(2026, 11, 1)); from = from.plusDays(1)) {
			for (int n : new int[] { 1, 7, 15, 20 }) {
				LocalDate deadline = days.deadline(from, n).deadline();
				long counted = from.plusDays(1)
					.datesUntil(deadline.plusDays(1))
					.filter(d -> worked.contains(d) || (!off.contains(d) && d.getDayOfWeek() != DayOfWeek.SATURDAY
							&& d.getDayOfWeek() != DayOfWeek.SUNDAY))
					.count();
				assertThat(counted).as("%s + %d", from, n).isEqualTo(n);
				assertThat(days.isWorkingDay(deadline)).as("%s + %d", from, n).isTrue();
			}
		}
	}

	@Test
	void bothYearsHaveTheAnnounced248WorkingDays() {
		assertThat(days.workingDaysIn(2025)).isEqualTo(248);
		assertThat(days.workingDaysIn(2026)).isEqualTo(248);
	}

	@Test
	void aYearWithoutAScheduleFallsBackToWeekdaysAndSaysSo() {
		var crossing = days.deadline(LocalDate.of(2026, 12, 20), 20);
		var inside = days.deadline(LocalDate.of(2026, 11, 2), 20);

		assertThat(crossing.provisional()).isTrue();
		assertThat(crossing.deadline()).isEqualTo(LocalDate.of(2027, 1, 15));
		assertThat(inside.provisional()).isFalse();
		assertThat(days.isWorkingDay(LocalDate.of(2027, 1, 1))).isTrue();
	}

	@Test
	void refusesSchedulesThatCannotBeRight() {
		var overlapping = new YearSchedule(2027, "test",
				List.of(period("甲", "2027-02-01", "2027-02-05"), period("乙", "2027-02-05", "2027-02-07")), List.of());
		var weekdayMakeUp = new YearSchedule(2027, "test", List.of(),
				List.of(new MakeUpWorkday(LocalDate.of(2027, 3, 3), "甲")));
		var makeUpInsideHoliday = new YearSchedule(2027, "test", List.of(period("甲", "2027-02-06", "2027-02-14")),
				List.of(new MakeUpWorkday(LocalDate.of(2027, 2, 7), "甲")));
		var otherYear = new YearSchedule(2027, "test", List.of(period("甲", "2026-12-31", "2027-01-01")), List.of());

		for (var schedule : List.of(overlapping, weekdayMakeUp, makeUpInsideHoliday, otherYear)) {
			assertThatThrownBy(() -> ScheduleRules.check(schedule)).isInstanceOf(InvalidScheduleException.class);
		}
		ScheduleRules.check(OfficialSchedules.Y2025);
		ScheduleRules.check(OfficialSchedules.Y2026);
	}

	@Test
	void refusesWorkingDaysOutsideOneTo365() {
		assertThatThrownBy(() -> days.deadline(LocalDate.of(2026, 1, 5), 0))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> days.deadline(LocalDate.of(2026, 1, 5), 366))
			.isInstanceOf(IllegalArgumentException.class);
	}

	private static HolidayPeriod period(String name, String first, String last) {
		return new HolidayPeriod(name, LocalDate.parse(first), LocalDate.parse(last));
	}

}
