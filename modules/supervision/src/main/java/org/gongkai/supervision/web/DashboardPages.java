package org.gongkai.supervision.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import tools.jackson.databind.json.JsonMapper;

import org.gongkai.requests.api.Outcome;
import org.gongkai.supervision.api.AlertPage;
import org.gongkai.supervision.api.CityAlerts;
import org.gongkai.supervision.api.CityFigures;
import org.gongkai.supervision.api.CitySummary;
import org.gongkai.supervision.api.Figures;
import org.gongkai.supervision.api.Indicator;
import org.gongkai.supervision.api.MonthFigures;
import org.gongkai.supervision.api.TownDashboard;
import org.gongkai.supervision.api.TownFigures;
import org.gongkai.supervision.api.TownTable;
import org.gongkai.web.Lenient;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the city's page and a town's page share: the period filter, the figures, the table
 * of towns, the charts, the alerts and every indicator's definition, put in the model of
 * {@code supervision/dashboard}. Reads the read model only ({@link CityFigures},
 * {@link CityAlerts}).
 */
@Component
class DashboardPages {

	static final String VIEW = "supervision/dashboard";

	static final String SUPERVISOR = "ROLE_city-supervisor";

	/** Towns on one page of the table. */
	static final int PAGE_SIZE = 50;

	/**
	 * The largest page {@link CityFigures#towns} gives, for the print view and the
	 * exports.
	 */
	static final int ALL_PAGE_SIZE = 200;

	/** Alerts listed on the dashboard; the alerts page has them all. */
	static final int ALERTS_SHOWN = 10;

	private final CityFigures figures;

	private final CityAlerts alerts;

	private final MessageSource messages;

	private final Clock clock;

	private final JsonMapper json;

	DashboardPages(CityFigures figures, CityAlerts alerts, MessageSource messages, Clock clock, JsonMapper json) {
		this.figures = figures;
		this.alerts = alerts;
		this.messages = messages;
		this.clock = clock;
		this.json = json;
	}

	static boolean supervisor(Authentication staff) {
		for (GrantedAuthority authority : staff.getAuthorities()) {
			if (SUPERVISOR.equals(authority.getAuthority())) {
				return true;
			}
		}
		return false;
	}

	DashboardPeriod.Resolved resolve(DashboardPeriod period) {
		return period.resolve(LocalDate.now(this.clock));
	}

	static Indicator sort(@Nullable String sort) {
		Indicator indicator = (sort != null) ? Indicator.byKey(sort) : null;
		return (indicator != null) ? indicator : Indicator.CODE;
	}

	static boolean descending(@Nullable String direction) {
		return "desc".equals(direction);
	}

	/**
	 * Every town of the period in the chosen order, a page of {@link #ALL_PAGE_SIZE} at a
	 * time, for the print view and the exports.
	 */
	List<TownFigures> allTowns(DashboardPeriod.Resolved period, Indicator sort, boolean descending) {
		List<TownFigures> rows = new ArrayList<>();
		for (int page = 0;; page++) {
			TownTable table = this.figures.towns(from(period), to(period), sort, descending, page, ALL_PAGE_SIZE);
			rows.addAll(table.rows());
			if ((long) (page + 1) * ALL_PAGE_SIZE >= table.total()) {
				return rows;
			}
		}
	}

	/** The city's sum as a row of the table. */
	TownFigures cityRow(CitySummary summary, Locale locale) {
		return new TownFigures("", text("supervision.page.total", locale), summary.city(), summary.backlog(), null);
	}

	CitySummary summary(DashboardPeriod.Resolved period) {
		return this.figures.summary(from(period), to(period));
	}

	TownDashboard town(DashboardPeriod.Resolved period, String code) {
		return this.figures.town(code, from(period), to(period));
	}

	/**
	 * Fills the model of the city's page; a period at fault leaves the figures out and
	 * answers false (the caller answers 400).
	 */
	boolean fillCity(Model model, DashboardPeriod period, @Nullable String sort, @Nullable String direction,
			@Nullable String page, boolean print, Locale locale) {
		DashboardPeriod.Resolved resolved = common(model, period, CityDashboardPagesController.BASE, print, locale);
		if (!resolved.valid()) {
			return false;
		}
		CitySummary summary = summary(resolved);
		Indicator column = sort(sort);
		boolean descending = descending(direction);
		int pages = Math.max(1, (summary.towns() + PAGE_SIZE - 1) / PAGE_SIZE);
		Integer asked = Lenient.integer(page);
		int current = Math.min(Math.max((asked != null) ? asked : 0, 0), pages - 1);
		List<TownFigures> rows = print ? allTowns(resolved, column, descending)
				: this.figures.towns(from(resolved), to(resolved), column, descending, current, PAGE_SIZE).rows();
		TownFigures city = cityRow(summary, locale);
		model.addAttribute("asOf", summary.asOf());
		model.addAttribute("reportYear", summary.reportYear());
		model.addAttribute("townCount", summary.towns());
		model.addAttribute("reports", summary.reports());
		model.addAttribute("reportsPastDue", summary.reportsPastDue());
		model.addAttribute("summary", summary(city, locale));
		model.addAttribute("sort", column);
		model.addAttribute("descending", descending);
		model.addAttribute("page", current);
		model.addAttribute("pages", pages);
		model.addAttribute("rows", rows.stream().map(row -> row(row, locale)).toList());
		model.addAttribute("total", row(city, locale));
		model.addAttribute("charts", charts(summary.months(), summary.city(), locale));
		model.addAttribute("alerts", this.alerts.open(null, null, 0, ALERTS_SHOWN));
		return true;
	}

	/** Fills the model of one town's page, as {@link #fillCity} does. */
	boolean fillTown(Model model, String code, DashboardPeriod period, boolean print, Locale locale) {
		DashboardPeriod.Resolved resolved = common(model, period, "/staff/towns/" + code + "/dashboard", print, locale);
		if (!resolved.valid()) {
			return false;
		}
		TownDashboard dashboard = town(resolved, code);
		model.addAttribute("asOf", dashboard.asOf());
		model.addAttribute("reportYear", dashboard.reportYear());
		model.addAttribute("report", dashboard.town().report());
		model.addAttribute("summary", summary(dashboard.town(), locale));
		model.addAttribute("rows", List.of(row(dashboard.town(), locale)));
		model.addAttribute("charts", charts(dashboard.months(), dashboard.town().figures(), locale));
		model.addAttribute("alerts", this.alerts.open(code, null, 0, ALERTS_SHOWN));
		return true;
	}

	AlertPage alerts(@Nullable String town, org.gongkai.supervision.api.@Nullable AlertKind kind, int page, int size) {
		return this.alerts.open(town, kind, page, size);
	}

	private DashboardPeriod.Resolved common(Model model, DashboardPeriod period, String base, boolean print,
			Locale locale) {
		DashboardPeriod.Resolved resolved = resolve(period);
		model.addAttribute("period", resolved);
		Map<String, String> errors = new LinkedHashMap<>();
		resolved.errors().forEach((field, message) -> errors.put(field, this.messages.getMessage(message, locale)));
		model.addAttribute("periodErrors", errors);
		model.addAttribute("base", base);
		model.addAttribute("print", print);
		model.addAttribute("columns", IndicatorText.TABLE);
		model.addAttribute("definitions", definitions(locale));
		return resolved;
	}

	private List<SummaryGroup> summary(TownFigures figures, Locale locale) {
		return IndicatorText.SUMMARY.stream()
			.map(group -> new SummaryGroup(text(group.title(), locale),
					group.indicators()
						.stream()
						.map(indicator -> new Cell(indicator.key(), text(indicator.messageKey(), locale),
								IndicatorText.text(indicator, indicator.value(figures), this.messages, locale)))
						.toList()))
			.toList();
	}

	private Row row(TownFigures town, Locale locale) {
		return new Row(town.code(), town.name(),
				IndicatorText.TABLE.stream()
					.map(indicator -> IndicatorText.text(indicator, indicator.value(town), this.messages, locale))
					.toList());
	}

	/** Chart data as JSON, by the id of the element that shows it. */
	private Map<String, String> charts(List<MonthFigures> months, Figures period, Locale locale) {
		List<String> labels = months.stream().map(month -> month.month().toString()).toList();
		String empty = text("supervision.chart.empty", locale);
		Map<String, String> charts = new LinkedHashMap<>();
		charts.put("chart-publications",
				this.json.writeValueAsString(axis(labels, empty,
						List.of(series(text("supervision.chart.published-on-time", locale), "bar", months,
								f -> f.itemsPublished() - f.itemsPublishedLate()),
								series(text("supervision.chart.published-late", locale), "bar", months,
										Figures::itemsPublishedLate)))));
		charts.put("chart-requests",
				this.json.writeValueAsString(axis(labels, empty, List.of(
						series(text("supervision.chart.received", locale), "line", months, Figures::requestsReceived),
						series(text("supervision.chart.decided", locale), "line", months, Figures::requestsDecided)))));
		List<Map<String, Object>> outcomes = new ArrayList<>();
		for (Outcome.Group group : Outcome.Group.values()) {
			outcomes.add(Map.of("name", text("supervision.outcome-group." + group.name(), locale), "value",
					period.outcomes().get(group)));
		}
		Map<String, Object> pie = new LinkedHashMap<>();
		pie.put("kind", "pie");
		pie.put("name", text("supervision.chart.outcomes", locale));
		pie.put("empty", empty);
		pie.put("data", outcomes);
		charts.put("chart-outcomes", this.json.writeValueAsString(pie));
		return charts;
	}

	private static Map<String, Object> axis(List<String> labels, String empty, List<Map<String, Object>> series) {
		Map<String, Object> chart = new LinkedHashMap<>();
		chart.put("kind", "axis");
		chart.put("empty", empty);
		chart.put("categories", labels);
		chart.put("series", series);
		return chart;
	}

	private static Map<String, Object> series(String name, String type, List<MonthFigures> months,
			Function<Figures, Number> value) {
		Map<String, Object> series = new LinkedHashMap<>();
		series.put("name", name);
		series.put("type", type);
		series.put("data", months.stream().map(month -> value.apply(month.figures())).toList());
		return series;
	}

	/** Every indicator's written definition, in the reader's language. */
	List<Definition> definitions(Locale locale) {
		return IndicatorText.ALL.stream()
			.map(indicator -> new Definition(indicator.key(), text(indicator.messageKey(), locale),
					text(indicator.messageKey() + ".definition", locale)))
			.toList();
	}

	String text(String code, Locale locale, @Nullable Object... arguments) {
		return this.messages.getMessage(code, arguments, locale);
	}

	private static LocalDate from(DashboardPeriod.Resolved period) {
		return Objects.requireNonNull(period.from());
	}

	private static LocalDate to(DashboardPeriod.Resolved period) {
		return Objects.requireNonNull(period.to());
	}

	/** A group of figures above the table. */
	record SummaryGroup(String title, List<Cell> cells) {
	}

	/** One figure: the indicator's key, its name, its value as written. */
	record Cell(String key, String name, String text) {
	}

	/** A town's row (or the city's sum) as written. */
	record Row(String code, String name, List<String> cells) {
	}

	/** An indicator's name and its definition. */
	record Definition(String key, String name, String text) {
	}

}
