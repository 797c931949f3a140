package org.gongkai.calendar.internal;

import java.time.LocalDate;
import java.util.List;

import org.gongkai.calendar.api.YearSchedule;
import org.gongkai.calendar.api.YearSchedule.HolidayPeriod;
import org.gongkai.calendar.api.YearSchedule.MakeUpWorkday;

/**
 * The 2025 and 2026 schedules typed again from the domain reference (§4.2, §4.3),
 * independently of the seed changeset, so that each checks the other.
 */
final class OfficialSchedules {

	static final YearSchedule Y2025 = new YearSchedule(2025, "国办发明电〔2024〕12号",
			List.of(period("元旦", "2025-01-01", "2025-01-01"), period("春节", "2025-01-28", "2025-02-04"),
					period("清明节", "2025-04-04", "2025-04-06"), period("劳动节", "2025-05-01", "2025-05-05"),
					period("端午节", "2025-05-31", "2025-06-02"), period("国庆节、中秋节", "2025-10-01", "2025-10-08")),
			makeUps("2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11"));

	static final YearSchedule Y2026 = new YearSchedule(2026, "国务院办公厅关于2026年部分节假日安排的通知",
			List.of(period("元旦", "2026-01-01", "2026-01-03"), period("春节", "2026-02-15", "2026-02-23"),
					period("清明节", "2026-04-04", "2026-04-06"), period("劳动节", "2026-05-01", "2026-05-05"),
					period("端午节", "2026-06-19", "2026-06-21"), period("中秋节", "2026-09-25", "2026-09-27"),
					period("国庆节", "2026-10-01", "2026-10-07")),
			makeUps("2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"));

	private OfficialSchedules() {
	}

	private static HolidayPeriod period(String name, String first, String last) {
		return new HolidayPeriod(name, LocalDate.parse(first), LocalDate.parse(last));
	}

	private static List<MakeUpWorkday> makeUps(String... days) {
		return java.util.Arrays.stream(days).map(day -> new MakeUpWorkday(LocalDate.parse(day), "调休")).toList();
	}

}
