package org.gongkai.requests.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.gongkai.calendar.api.Deadline;
import org.gongkai.calendar.api.WorkingDayCalendar;
import org.gongkai.calendar.api.YearSchedule;

/**
 * The 2025 and 2026 schedules typed from the domain reference (§4.2, §4.3), without the
 * calendar module's database, so the engine's tests stay plain unit tests. The calendar's
 * own implementation is internal to it; its tests check the same dates.
 */
final class OfficialCalendar implements WorkingDayCalendar {

	private static final List<String[]> HOLIDAYS = List.of(
			// 2025: 元旦, 春节, 清明, 劳动, 端午, 国庆+中秋
			new String[] { "2025-01-01", "2025-01-01" }, new String[] { "2025-01-28", "2025-02-04" },
			new String[] { "2025-04-04", "2025-04-06" }, new String[] { "2025-05-01", "2025-05-05" },
			new String[] { "2025-05-31", "2025-06-02" }, new String[] { "2025-10-01", "2025-10-08" },
			// 2026: 元旦, 春节, 清明, 劳动, 端午, 中秋, 国庆
			new String[] { "2026-01-01", "2026-01-03" }, new String[] { "2026-02-15", "2026-02-23" },
			new String[] { "2026-04-04", "2026-04-06" }, new String[] { "2026-05-01", "2026-05-05" },
			new String[] { "2026-06-19", "2026-06-21" }, new String[] { "2026-09-25", "2026-09-27" },
			new String[] { "2026-10-01", "2026-10-07" });

	private static final List<String> MAKE_UP_DAYS = List.of("2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28",
			"2025-10-11", "2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10");

	private final Set<LocalDate> holidays = new HashSet<>();

	private final Set<LocalDate> makeUpDays = new HashSet<>();

	OfficialCalendar() {
		for (String[] period : HOLIDAYS) {
			LocalDate.parse(period[0]).datesUntil(LocalDate.parse(period[1]).plusDays(1)).forEach(this.holidays::add);
		}
		MAKE_UP_DAYS.stream().map(LocalDate::parse).forEach(this.makeUpDays::add);
	}

	/**
	 * The same calendar with one more day off, as if the city office corrected a
	 * schedule.
	 */
	OfficialCalendar withExtraHoliday(LocalDate day) {
		var changed = new OfficialCalendar();
		changed.holidays.addAll(this.holidays);
		changed.holidays.add(day);
		return changed;
	}

	@Override
	public Deadline deadline(LocalDate from, int workingDays) {
		LocalDate day = from;
		boolean provisional = false;
		for (int counted = 0; counted < workingDays;) {
			day = day.plusDays(1);
			provisional |= !loadedYears().contains(day.getYear());
			if (isWorkingDay(day)) {
				counted++;
			}
		}
		return new Deadline(from, workingDays, day, provisional);
	}

	@Override
	public boolean isWorkingDay(LocalDate day) {
		if (this.makeUpDays.contains(day)) {
			return true;
		}
		return !this.holidays.contains(day) && day.getDayOfWeek() != DayOfWeek.SATURDAY
				&& day.getDayOfWeek() != DayOfWeek.SUNDAY;
	}

	@Override
	public Optional<YearSchedule> schedule(int year) {
		return loadedYears().contains(year)
				? Optional.of(new YearSchedule(year, "test", new ArrayList<>(), new ArrayList<>())) : Optional.empty();
	}

	@Override
	public long workingDaysIn(int year) {
		LocalDate first = LocalDate.of(year, 1, 1);
		return first.datesUntil(first.plusYears(1)).filter(this::isWorkingDay).count();
	}

	@Override
	public List<Integer> loadedYears() {
		return List.of(2025, 2026);
	}

}
