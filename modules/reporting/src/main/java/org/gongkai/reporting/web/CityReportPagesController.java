package org.gongkai.reporting.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.gongkai.reporting.api.CityReports;
import org.gongkai.reporting.api.ExportFormat;
import org.gongkai.reporting.api.ReportDeadlines;
import org.gongkai.reporting.api.ReportException;
import org.gongkai.reporting.api.ReportExports;
import org.gongkai.reporting.api.ReportFormat;
import org.gongkai.web.Lenient;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The city office's annual-report desk: every town's report of a year against the due
 * date (missing and late ones marked), the due date itself, and the city-wide sum of the
 * towns' tables with its findings and printed files. A town's report opens on the town's
 * own report page, where the city reviews it.
 */
@Controller
@RequestMapping("/staff/city/annual-reports")
@PreAuthorize(ReportWorkflowPagesController.CITY)
class CityReportPagesController {

	static final String VIEW_TOWNS = "reporting/city";

	static final String VIEW_ROLL_UP = "reporting/roll-up";

	private final CityReports cityReports;

	private final ReportDeadlines deadlines;

	private final MessageSource messages;

	private final Clock clock;

	CityReportPagesController(CityReports cityReports, ReportDeadlines deadlines, MessageSource messages, Clock clock) {
		this.cityReports = cityReports;
		this.deadlines = deadlines;
		this.messages = messages;
		this.clock = clock;
	}

	/** The towns' reports of {@code year}; by default last year's, the one due now. */
	@GetMapping
	String towns(@RequestParam(required = false) @Nullable String year, Model model) {
		int chosen = year(year);
		List<CityReports.TownReport> towns = cityReports.forYear(chosen);
		model.addAttribute("year", String.valueOf(chosen));
		model.addAttribute("years", years());
		model.addAttribute("dueOn", deadlines.dueDate(chosen));
		model.addAttribute("towns", towns);
		model.addAttribute("missing", towns.stream().filter(CityReports.TownReport::missing).count());
		model.addAttribute("late", towns.stream().filter(CityReports.TownReport::late).count());
		model.addAttribute("zone", clock.getZone());
		return VIEW_TOWNS;
	}

	@PostMapping("/{year:\\d{4}}/due-date")
	String setDueDate(@PathVariable int year, @RequestParam(required = false) @Nullable String dueOn,
			RedirectAttributes flash, Locale locale) {
		LocalDate date = Lenient.date(dueOn);
		try {
			if (date == null) {
				boolean blank = dueOn == null || dueOn.isBlank();
				throw ReportException.invalid(Map.of("dueOn", List.of(blank ? "required" : "not-date")));
			}
			deadlines.setDueDate(year, date);
			flash.addFlashAttribute("message", "reporting.city.flash.due-date-set");
		}
		catch (ReportException ex) {
			flash.addFlashAttribute("problem",
					messages.getMessage(ex.fieldErrors().values().iterator().next(), locale));
			flash.addFlashAttribute("typedDueOn", dueOn);
		}
		return "redirect:/staff/city/annual-reports?year=" + year;
	}

	@GetMapping("/{year:\\d{4}}/roll-up")
	String rollUp(@PathVariable int year, Model model) {
		CityReports.CityRollUp rollUp = cityReports.rollUp(year);
		model.addAttribute("year", String.valueOf(year));
		model.addAttribute("rollUp", rollUp);
		model.addAttribute("reportHtml", cityReports.rollUpHtml(year));
		return VIEW_ROLL_UP;
	}

	@GetMapping("/{year:\\d{4}}/roll-up/export")
	ResponseEntity<byte[]> export(@PathVariable int year, @RequestParam String format) {
		ReportExports.ReportFile file = cityReports.exportRollUp(year, ExportFormat.of(format));
		return ReportPagesController.download(file);
	}

	private int year(@Nullable String value) {
		int last = LocalDate.now(clock).getYear() - 1;
		Integer year = Lenient.integer(value);
		return (year != null && year >= ReportFormat.FIRST_2021_YEAR && year <= last + 1) ? year : last;
	}

	private List<String> years() {
		List<String> years = new java.util.ArrayList<>();
		for (int year = LocalDate.now(clock).getYear(); year >= ReportFormat.FIRST_2021_YEAR; year--) {
			years.add(String.valueOf(year));
		}
		return years;
	}

}
