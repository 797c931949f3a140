package org.gongkai.supervision.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import jakarta.servlet.http.HttpServletResponse;

import org.gongkai.supervision.api.TownFigures;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The city's dashboard for the city office ({@code city-supervisor}): every town's
 * figures for a period, charts, the table of towns in the order the reader chooses, the
 * alerts, each indicator's definition, the exports and a print view. Town staff get the
 * 403 page: their own town's page is {@code /staff/towns/{code}/dashboard}.
 */
@Controller
@RequestMapping(CityDashboardPagesController.BASE)
class CityDashboardPagesController {

	static final String BASE = "/staff/city/dashboard";

	private final DashboardPages pages;

	private final DashboardExports exports;

	CityDashboardPagesController(DashboardPages pages, DashboardExports exports) {
		this.pages = pages;
		this.exports = exports;
	}

	@GetMapping
	String dashboard(@RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to, @RequestParam(required = false) @Nullable String sort,
			@RequestParam(required = false) @Nullable String dir, @RequestParam(required = false) @Nullable String page,
			@RequestParam(required = false) @Nullable String print, Authentication staff, Model model,
			HttpServletResponse response, Locale locale) {
		return view(new DashboardPeriod(from, to), sort, dir, page, print != null, staff, model, response, locale);
	}

	/** The same page laid out for paper: every town on it, no filter, no links. */
	@GetMapping("/print")
	String print(@RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to, @RequestParam(required = false) @Nullable String sort,
			@RequestParam(required = false) @Nullable String dir, Authentication staff, Model model,
			HttpServletResponse response, Locale locale) {
		return view(new DashboardPeriod(from, to), sort, dir, null, true, staff, model, response, locale);
	}

	@GetMapping("/export.xlsx")
	Object xlsx(@RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to, @RequestParam(required = false) @Nullable String sort,
			@RequestParam(required = false) @Nullable String dir, Authentication staff, Model model,
			HttpServletResponse response, Locale locale) {
		return export(new DashboardPeriod(from, to), sort, dir, true, staff, model, response, locale);
	}

	@GetMapping("/export.csv")
	Object csv(@RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to, @RequestParam(required = false) @Nullable String sort,
			@RequestParam(required = false) @Nullable String dir, Authentication staff, Model model,
			HttpServletResponse response, Locale locale) {
		return export(new DashboardPeriod(from, to), sort, dir, false, staff, model, response, locale);
	}

	private String view(DashboardPeriod period, @Nullable String sort, @Nullable String dir, @Nullable String page,
			boolean print, Authentication staff, Model model, HttpServletResponse response, Locale locale) {
		if (!DashboardPages.supervisor(staff)) {
			return forbidden(response);
		}
		if (!this.pages.fillCity(model, period, sort, dir, page, print, locale)) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
		}
		return DashboardPages.VIEW;
	}

	/** The file, or the page saying what is wrong with the period (400). */
	private Object export(DashboardPeriod period, @Nullable String sort, @Nullable String dir, boolean xlsx,
			Authentication staff, Model model, HttpServletResponse response, Locale locale) {
		if (!DashboardPages.supervisor(staff)) {
			return forbidden(response);
		}
		DashboardPeriod.Resolved resolved = this.pages.resolve(period);
		if (!resolved.valid()) {
			return view(period, sort, dir, null, false, staff, model, response, locale);
		}
		LocalDate from = Objects.requireNonNull(resolved.from());
		LocalDate to = Objects.requireNonNull(resolved.to());
		List<TownFigures> rows = this.pages.allTowns(resolved, DashboardPages.sort(sort),
				DashboardPages.descending(dir));
		TownFigures total = this.pages.cityRow(this.pages.summary(resolved), locale);
		String name = this.pages.text("supervision.export.filename", locale, from.toString(), to.toString());
		return xlsx
				? DashboardDownloads.file(
						this.exports.xlsx(from, to, rows, total, this.pages.definitions(locale), locale),
						name + ".xlsx", DashboardDownloads.XLSX)
				: DashboardDownloads.file(this.exports.csv(from, to, rows, total, locale), name + ".csv",
						DashboardDownloads.CSV);
	}

	/**
	 * The staff 403 page, as the security chain shows it for a town the reader may not
	 * open.
	 */
	private static String forbidden(HttpServletResponse response) {
		response.setStatus(HttpStatus.FORBIDDEN.value());
		return "error/403";
	}

}
