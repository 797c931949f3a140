package org.gongkai.supervision.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.gongkai.supervision.api.CityDashboard;
import org.gongkai.supervision.api.CityFigures;
import org.gongkai.web.InvalidParameterException;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The city's figures as JSON, for {@code city-supervisor} only (identity's API chain).
 * Dates are parsed here rather than bound, so that each fault gets its own message.
 */
@RestController
class CityDashboardController {

	/** Ten years: a longer period is a mistake, and would only cost time. */
	static final int MAX_DAYS = 3660;

	private final CityFigures figures;

	CityDashboardController(CityFigures figures) {
		this.figures = figures;
	}

	@GetMapping("/api/v1/city/dashboard")
	CityDashboard dashboard(@RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to) {
		LocalDate first = date("from", from);
		LocalDate last = date("to", to);
		if (last.isBefore(first)) {
			throw new InvalidParameterException("to", "supervision.problem.period-reversed", last, first);
		}
		if (first.plusDays(MAX_DAYS).isBefore(last)) {
			throw new InvalidParameterException("to", "supervision.problem.period-too-long", first, last, MAX_DAYS);
		}
		return figures.between(first, last);
	}

	private static LocalDate date(String name, @Nullable String value) {
		if (value == null || value.isBlank()) {
			throw InvalidParameterException.missing(name);
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			throw new InvalidParameterException(name, "supervision.problem.malformed-date", value);
		}
	}

}
