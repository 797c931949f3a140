package org.gongkai.calendar.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.gongkai.calendar.api.Deadline;
import org.gongkai.calendar.api.WorkingDayCalendar;
import org.gongkai.calendar.api.YearSchedule;
import org.gongkai.web.InvalidParameterException;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Public working-day answers, no login: citizens check when a reply is due, other systems
 * compute deadlines. Parameters are parsed here rather than bound, so that each kind of
 * bad input gets its own message naming the parameter.
 */
@RestController
@RequestMapping("/api/v1/calendar")
class CalendarController {

	private static final int FIRST_YEAR = 2000;

	private static final int LAST_YEAR = 2100;

	private final WorkingDayCalendar calendar;

	CalendarController(WorkingDayCalendar calendar) {
		this.calendar = calendar;
	}

	@GetMapping("/deadline")
	DeadlineView deadline(@RequestParam(required = false) @Nullable String received,
			@RequestParam(required = false) @Nullable String workingDays) {
		LocalDate from = date("received", received);
		int days = number("workingDays", workingDays);
		if (days < 1 || days > 365) {
			throw new InvalidParameterException("workingDays", "calendar.problem.working-days-range", workingDays);
		}
		if (from.getYear() < FIRST_YEAR || from.getYear() > LAST_YEAR - 2) {
			throw new InvalidParameterException("received", "calendar.problem.date-range", received, FIRST_YEAR,
					LAST_YEAR - 2);
		}
		return DeadlineView.of(calendar.deadline(from, days));
	}

	@GetMapping("/{year}")
	YearView year(@PathVariable String year) {
		int value = number("year", year);
		if (value < FIRST_YEAR || value > LAST_YEAR) {
			throw new InvalidParameterException("year", "calendar.problem.year-range", year, FIRST_YEAR, LAST_YEAR);
		}
		long workingDays = calendar.workingDaysIn(value);
		return calendar.schedule(value)
			.map(schedule -> new YearView(value, true, schedule.source(),
					schedule.holidays().stream().map(HolidayView::of).toList(), schedule.makeUpWorkdays(), workingDays))
			.orElseGet(() -> new YearView(value, false, null, List.of(), List.of(), workingDays));
	}

	private static LocalDate date(String name, @Nullable String value) {
		if (value == null || value.isBlank()) {
			throw InvalidParameterException.missing(name);
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			throw new InvalidParameterException(name, "calendar.problem.malformed-date", value);
		}
	}

	private static int number(String name, @Nullable String value) {
		if (value == null || value.isBlank()) {
			throw InvalidParameterException.missing(name);
		}
		try {
			return Integer.parseInt(value.strip());
		}
		catch (NumberFormatException ex) {
			throw new InvalidParameterException(name, "calendar.problem.malformed-number", value);
		}
	}

	/**
	 * A deadline counted from the day a request was received (or any other trigger day).
	 */
	record DeadlineView(LocalDate received, int workingDays, LocalDate deadline, boolean provisional) {

		static DeadlineView of(Deadline deadline) {
			return new DeadlineView(deadline.from(), deadline.workingDays(), deadline.deadline(),
					deadline.provisional());
		}

	}

	/**
	 * A year as the public sees it.
	 *
	 * @param loaded whether the official schedule is loaded; if not, only weekends are
	 * known
	 * @param workingDays working days in the year by this calendar
	 */
	record YearView(int year, boolean loaded, @Nullable String source, List<HolidayView> holidays,
			List<YearSchedule.MakeUpWorkday> makeUpWorkdays, long workingDays) {
	}

	record HolidayView(String name, LocalDate first, LocalDate last, long days) {

		static HolidayView of(YearSchedule.HolidayPeriod period) {
			return new HolidayView(period.name(), period.first(), period.last(),
					period.first().datesUntil(period.last().plusDays(1)).count());
		}

	}

}
