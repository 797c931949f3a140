package org.gongkai.supervision.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import jakarta.servlet.http.HttpServletResponse;

import org.gongkai.disclosure.api.CatalogueItem;
import org.gongkai.disclosure.api.CatalogueService;
import org.gongkai.disclosure.api.ItemPage;
import org.gongkai.disclosure.api.ItemQuery;
import org.gongkai.requests.api.Masking;
import org.gongkai.requests.api.RequestDesk;
import org.gongkai.requests.api.RequestPage;
import org.gongkai.requests.api.RequestQuery;
import org.gongkai.requests.api.RequestState;
import org.gongkai.requests.api.RequestSummary;
import org.gongkai.supervision.api.TownFigures;
import org.gongkai.tenancy.api.TownRegistry;
import org.gongkai.web.Lenient;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * One town's dashboard, the city's page filtered to that town, for its own staff and the
 * city office (the security chain has checked membership of {@code code}; anyone else
 * gets the 403 page), with read-only lists to drill down into: the town's catalogue items
 * and its requests, the applicants never shown.
 */
@Controller
@RequestMapping("/staff/towns/{code}/dashboard")
class TownDashboardPagesController {

	static final int LIST_SIZE = 50;

	private final DashboardPages pages;

	private final DashboardExports exports;

	private final TownRegistry towns;

	private final CatalogueService catalogue;

	private final RequestDesk desk;

	TownDashboardPagesController(DashboardPages pages, DashboardExports exports, TownRegistry towns,
			CatalogueService catalogue, RequestDesk desk) {
		this.pages = pages;
		this.exports = exports;
		this.towns = towns;
		this.catalogue = catalogue;
		this.desk = desk;
	}

	@GetMapping
	String dashboard(@PathVariable String code, @RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to, @RequestParam(required = false) @Nullable String print,
			Authentication staff, Model model, HttpServletResponse response, Locale locale) {
		model.addAttribute("citySupervisor", DashboardPages.supervisor(staff));
		return view(code, new DashboardPeriod(from, to), print != null, model, response, locale);
	}

	@GetMapping("/print")
	String print(@PathVariable String code, @RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to, Authentication staff, Model model,
			HttpServletResponse response, Locale locale) {
		model.addAttribute("citySupervisor", DashboardPages.supervisor(staff));
		return view(code, new DashboardPeriod(from, to), true, model, response, locale);
	}

	@GetMapping("/export.xlsx")
	Object xlsx(@PathVariable String code, @RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to, Model model, HttpServletResponse response,
			Locale locale) {
		return export(code, new DashboardPeriod(from, to), true, model, response, locale);
	}

	@GetMapping("/export.csv")
	Object csv(@PathVariable String code, @RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to, Model model, HttpServletResponse response,
			Locale locale) {
		return export(code, new DashboardPeriod(from, to), false, model, response, locale);
	}

	/** The town's catalogue, newest change first, read only. */
	@GetMapping("/items")
	String items(@PathVariable String code, @RequestParam(required = false) @Nullable String page, Model model) {
		ItemPage<CatalogueItem> found = this.catalogue
			.list(new ItemQuery(null, null, null, null, null, pageNumber(page), LIST_SIZE));
		model.addAttribute("town", this.towns.require(code));
		model.addAttribute("found", found);
		return "supervision/town-items";
	}

	/**
	 * The town's requests, soonest deadline first, read only: tracking code, what was
	 * asked (shortened), dates and state; nothing about the applicant, even masked.
	 */
	@GetMapping("/requests")
	String requests(@PathVariable String code, @RequestParam(required = false) @Nullable String page, Model model) {
		RequestPage found = this.desk.inbox(new RequestQuery(null, null, null, null, pageNumber(page), LIST_SIZE));
		model.addAttribute("town", this.towns.require(code));
		model.addAttribute("rows", found.content().stream().map(TownRequest::of).toList());
		model.addAttribute("page", found.page());
		model.addAttribute("pages", Math.max(1, (found.total() + found.size() - 1) / found.size()));
		model.addAttribute("total", found.total());
		return "supervision/town-requests";
	}

	private String view(String code, DashboardPeriod period, boolean print, Model model, HttpServletResponse response,
			Locale locale) {
		model.addAttribute("town", this.towns.require(code));
		if (!this.pages.fillTown(model, code, period, print, locale)) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
		}
		return DashboardPages.VIEW;
	}

	private Object export(String code, DashboardPeriod period, boolean xlsx, Model model, HttpServletResponse response,
			Locale locale) {
		DashboardPeriod.Resolved resolved = this.pages.resolve(period);
		if (!resolved.valid()) {
			return view(code, period, false, model, response, locale);
		}
		LocalDate from = Objects.requireNonNull(resolved.from());
		LocalDate to = Objects.requireNonNull(resolved.to());
		List<TownFigures> rows = List.of(this.pages.town(resolved, code).town());
		String name = this.towns.require(code).name() + "-"
				+ this.pages.text("supervision.export.filename", locale, from.toString(), to.toString());
		return xlsx
				? DashboardDownloads.file(
						this.exports.xlsx(from, to, rows, null, this.pages.definitions(locale), locale), name + ".xlsx",
						DashboardDownloads.XLSX)
				: DashboardDownloads.file(this.exports.csv(from, to, rows, null, locale), name + ".csv",
						DashboardDownloads.CSV);
	}

	private static int pageNumber(@Nullable String page) {
		Integer number = Lenient.integer(page);
		return (number != null && number > 0) ? number : 0;
	}

	/**
	 * A request as the drill-down shows it: no name, ID, phone or address of anyone.
	 *
	 * @param subject what was asked, shortened
	 */
	record TownRequest(String trackingCode, String subject, @Nullable LocalDate receivedOn, RequestState state,
			@Nullable LocalDate dueOn, boolean dueSoon, boolean overdue) {

		static final int SUBJECT_LENGTH = 40;

		static TownRequest of(RequestSummary request) {
			String description = Masking.freeText(request.description().strip());
			String subject = (description.codePointCount(0, description.length()) > SUBJECT_LENGTH)
					? description.substring(0, description.offsetByCodePoints(0, SUBJECT_LENGTH)) + "…" : description;
			return new TownRequest(request.trackingCode(), subject, request.receivedOn(), request.state(),
					request.dueOn(), request.dueSoon(), request.overdue());
		}

	}

}
