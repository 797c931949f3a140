package org.gongkai.reporting.web;

import org.gongkai.web.Attachments;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.gongkai.reporting.api.AnnualReport;
import org.gongkai.reporting.api.AnnualReports;
import org.gongkai.reporting.api.ExportFormat;
import org.gongkai.reporting.api.ReportException;
import org.gongkai.reporting.api.ReportExports;
import org.gongkai.reporting.api.ReportWorkflow;
import org.gongkai.reporting.api.Section;
import org.gongkai.reporting.api.Table2;
import org.gongkai.tenancy.api.TownRegistry;
import org.gongkai.web.Lenient;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The town's annual reports for its staff: the years with their state, the report of a
 * year in the official order with every finding beside its cells, table 二 and the texts
 * of 一, 五 and 六 for the town's admin and editors while the report is a draft (or
 * returned), the printed files, and several years side by side. The security chain has
 * checked membership of {@code code}; the city office reads. A refused save comes back
 * with every entry as typed: beside each field why, or on top that the report changed
 * meanwhile.
 */
@Controller
@RequestMapping("/staff/towns/{code}/annual-reports")
class ReportPagesController {

	static final String VIEW_LIST = "reporting/reports";

	static final String VIEW_REPORT = "reporting/report";

	static final String VIEW_COMPARE = "reporting/compare";

	/** Years the comparison shows at most. */
	static final int COMPARED = 5;

	static final int MAX_COMPARED = 10;

	private static final String STALE = "reporting.problem.stale";

	private final AnnualReports reports;

	private final ReportExports exports;

	private final ReportYears years;

	private final TownRegistry towns;

	private final MessageSource messages;

	private final ReportWorkflow workflow;

	private final Clock clock;

	ReportPagesController(AnnualReports reports, ReportExports exports, ReportYears years, TownRegistry towns,
			MessageSource messages, ReportWorkflow workflow, Clock clock) {
		this.clock = clock;
		this.workflow = workflow;
		this.reports = reports;
		this.exports = exports;
		this.years = years;
		this.towns = towns;
		this.messages = messages;
	}

	@GetMapping
	String list(@PathVariable String code, Authentication staff, Model model) {
		List<AnnualReport> found = new ArrayList<>(years.available());
		found.sort(Comparator.comparingInt(AnnualReport::year).reversed());
		model.addAttribute("town", towns.require(code));
		model.addAttribute("access", ReportAccess.of(staff, code));
		model.addAttribute("rows", found.stream().map(ReportPagesController::row).toList());
		return VIEW_LIST;
	}

	@GetMapping("/{year:\\d{4}}")
	String report(@PathVariable String code, @PathVariable int year, Authentication staff, Model model) {
		AnnualReport report = reports.report(year);
		return view(code, report, staff, ReportPage.figures(report.table2()), texts(report), Map.of(), Map.of(), null,
				null, model);
	}

	@PostMapping("/{year:\\d{4}}/table2")
	@PreAuthorize(ReportAccess.EDITORS)
	String saveFigures(@PathVariable String code, @PathVariable int year, @RequestParam Map<String, String> params,
			Authentication staff, Model model, RedirectAttributes flash, Locale locale) {
		Map<String, String> typed = new LinkedHashMap<>();
		Map<String, String> errors = new LinkedHashMap<>();
		Map<Table2.Field, @Nullable Number> figures = new EnumMap<>(Table2.Field.class);
		for (Table2.Field field : Table2.Field.values()) {
			String text = params.getOrDefault(field.property(), "").strip();
			typed.put(field.property(), text);
			if (text.isEmpty()) {
				continue;
			}
			String label = message("reporting.label." + field.property(), locale);
			try {
				figures.put(field,
						(field == Table2.Field.ADMINISTRATIVE_FEES) ? new BigDecimal(text) : Integer.valueOf(text));
			}
			catch (NumberFormatException ex) {
				errors.put(field.property(), message((field == Table2.Field.ADMINISTRATIVE_FEES)
						? "reporting.page.not-amount" : "reporting.page.not-integer", locale, label, text));
			}
		}
		Long version = version(params);
		if (version == null) {
			return refused(code, year, staff, typed, null, Map.of(), Map.of(),
					message("reporting.page.no-version", locale), model);
		}
		if (!errors.isEmpty()) {
			return refused(code, year, staff, typed, null, errors, Map.of(), null, model);
		}
		Table2 table = new Table2(integer(figures, Table2.Field.REGULATIONS_ISSUED),
				integer(figures, Table2.Field.REGULATIONS_REPEALED),
				integer(figures, Table2.Field.REGULATIONS_IN_FORCE),
				integer(figures, Table2.Field.NORMATIVE_DOCUMENTS_ISSUED),
				integer(figures, Table2.Field.NORMATIVE_DOCUMENTS_REPEALED),
				integer(figures, Table2.Field.NORMATIVE_DOCUMENTS_IN_FORCE),
				integer(figures, Table2.Field.LICENSING_DECISIONS), integer(figures, Table2.Field.PENALTY_DECISIONS),
				integer(figures, Table2.Field.ENFORCEMENT_DECISIONS),
				(BigDecimal) figures.get(Table2.Field.ADMINISTRATIVE_FEES));
		try {
			reports.saveFigures(year, version, table);
		}
		catch (ReportException ex) {
			return refused(code, year, staff, typed, null, fieldErrors(ex, locale), Map.of(), problem(ex, locale),
					model);
		}
		flash.addFlashAttribute("message", "reporting.page.flash.figures-saved");
		return "redirect:/staff/towns/{code}/annual-reports/{year}#table2";
	}

	@PostMapping("/{year:\\d{4}}/sections")
	@PreAuthorize(ReportAccess.EDITORS)
	String saveTexts(@PathVariable String code, @PathVariable int year, @RequestParam Map<String, String> params,
			Authentication staff, Model model, RedirectAttributes flash, Locale locale) {
		Map<String, String> typed = new LinkedHashMap<>();
		Map<Section, @Nullable String> texts = new EnumMap<>(Section.class);
		for (Section section : Section.values()) {
			if (section.narrative()) {
				String text = params.getOrDefault(section.name(), "");
				typed.put(section.name(), text);
				texts.put(section, text);
			}
		}
		Long version = version(params);
		if (version == null) {
			return refused(code, year, staff, null, typed, Map.of(), Map.of(),
					message("reporting.page.no-version", locale), model);
		}
		try {
			reports.saveTexts(year, version, texts);
		}
		catch (ReportException ex) {
			return refused(code, year, staff, null, typed, Map.of(), fieldErrors(ex, locale), problem(ex, locale),
					model);
		}
		flash.addFlashAttribute("message", "reporting.page.flash.texts-saved");
		return "redirect:/staff/towns/{code}/annual-reports/{year}";
	}

	/**
	 * The report as printed in the official layout (DOCX, PDF, XLSX), named after the
	 * town and year.
	 */
	@GetMapping("/{year:\\d{4}}/export")
	ResponseEntity<byte[]> export(@PathVariable String code, @PathVariable int year, @RequestParam String format) {
		return download(exports.export(year, ExportFormat.of(format)));
	}

	/**
	 * Years side by side: those asked for ({@code years=2016,2023,2024}), else the last
	 * five the town has, oldest first.
	 */
	@GetMapping("/compare")
	String compare(@PathVariable String code, @RequestParam(required = false) @Nullable String years, Model model) {
		List<AnnualReport> compared = new ArrayList<>();
		List<Integer> missing = new ArrayList<>();
		if (years == null || years.isBlank()) {
			List<AnnualReport> available = this.years.available();
			compared.addAll(available.subList(Math.max(0, available.size() - COMPARED), available.size()));
		}
		else {
			List<Integer> asked = new ArrayList<>();
			for (String part : years.split("[,，\\s]+")) {
				Integer year = Lenient.integer(part);
				if (year != null && !asked.contains(year) && asked.size() < MAX_COMPARED) {
					asked.add(year);
				}
			}
			asked.sort(Comparator.naturalOrder());
			for (int year : asked) {
				this.years.find(year).ifPresentOrElse(compared::add, () -> missing.add(year));
			}
		}
		model.addAttribute("town", towns.require(code));
		model.addAttribute("comparison", ReportComparison.of(compared));
		model.addAttribute("missing", missing.stream().map(String::valueOf).toList());
		model.addAttribute("available", this.years.available().stream().map(r -> String.valueOf(r.year())).toList());
		model.addAttribute("asked", (years != null) ? years : "");
		return VIEW_COMPARE;
	}

	static ResponseEntity<byte[]> download(ReportExports.ReportFile file) {
		return Attachments.of(file.content(), file.fileName(), file.mediaType());
	}

	/**
	 * The report page again after a refused save, with what was typed. After a stale edit
	 * the page shows the report as it now is, with the version read now, so saving again
	 * is the person's choice; what someone else saved meanwhile is shown beside each
	 * figure typed differently.
	 */
	private String refused(String code, int year, Authentication staff, @Nullable Map<String, String> figures,
			@Nullable Map<String, String> texts, Map<String, String> figureErrors, Map<String, String> textErrors,
			@Nullable String problem, Model model) {
		AnnualReport report = reports.report(year);
		Map<String, String> stored = ReportPage.figures(report.table2());
		Map<String, String> changed = new LinkedHashMap<>();
		if (figures != null && problem != null) {
			figures.forEach((field, value) -> {
				if (!value.equals(stored.get(field))) {
					changed.put(field, stored.get(field));
				}
			});
		}
		model.addAttribute("changed", changed);
		return view(code, report, staff, (figures != null) ? figures : stored, (texts != null) ? texts : texts(report),
				figureErrors, textErrors, problem, (figures != null) ? "table2" : "texts", model);
	}

	private String view(String code, AnnualReport report, Authentication staff, Map<String, String> figures,
			Map<String, String> texts, Map<String, String> figureErrors, Map<String, String> textErrors,
			@Nullable String problem, @Nullable String problemAt, Model model) {
		ReportAccess access = ReportAccess.of(staff, code);
		model.addAttribute("town", towns.require(code));
		model.addAttribute("access", access);
		model.addAttribute("page", ReportPage.of(report, access));
		model.addAttribute("status", workflow.status(report.year()));
		model.addAttribute("zone", clock.getZone());
		model.addAttribute("figures", figures);
		model.addAttribute("texts", texts);
		model.addAttribute("figureErrors", figureErrors);
		model.addAttribute("textErrors", textErrors);
		model.addAttribute("problem", problem);
		model.addAttribute("problemAt", problemAt);
		if (!model.containsAttribute("changed")) {
			model.addAttribute("changed", Map.of());
		}
		model.addAttribute("formats", List.of("docx", "pdf", "xlsx"));
		return VIEW_REPORT;
	}

	/** The texts the form shows: the town's own, else the draft to start from. */
	private static Map<String, String> texts(AnnualReport report) {
		Map<String, String> texts = new LinkedHashMap<>();
		for (Section section : Section.values()) {
			if (section.narrative()) {
				String text = report.texts().get(section);
				String draft = report.drafts().get(section);
				texts.put(section.name(), (text != null) ? text : (draft != null) ? draft : "");
			}
		}
		return texts;
	}

	private Map<String, String> fieldErrors(ReportException ex, Locale locale) {
		Map<String, String> errors = new LinkedHashMap<>();
		ex.fieldErrors().forEach((field, message) -> errors.put(field, messages.getMessage(message, locale)));
		return errors;
	}

	/**
	 * The refusal's detail when it names no field: changed meanwhile, no longer a draft.
	 */
	private @Nullable String problem(ReportException ex, Locale locale) {
		if (!ex.fieldErrors().isEmpty()) {
			return null;
		}
		String detail = ex.updateAndGetBody(messages, locale).getDetail();
		if (STALE.equals(ex.getDetailMessageCode())) {
			return detail + " " + message("reporting.page.stale-kept", locale);
		}
		return detail;
	}

	private static @Nullable Long version(Map<String, String> params) {
		try {
			String text = params.getOrDefault("version", "").strip();
			return text.isEmpty() ? null : Long.valueOf(text);
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static @Nullable Integer integer(Map<Table2.Field, @Nullable Number> figures, Table2.Field field) {
		return (Integer) figures.get(field);
	}

	private String message(String key, Locale locale, Object... arguments) {
		return messages.getMessage(key, arguments, key, locale);
	}

	private static YearRow row(AnnualReport report) {
		boolean imported = report.format() != org.gongkai.reporting.api.ReportFormat.F2021 || report.drafts().isEmpty();
		long errors = report.findings().stream().filter(f -> f.severity().name().equals("ERROR")).count();
		long warnings = report.findings().stream().filter(f -> f.severity().name().equals("WARNING")).count();
		return new YearRow(String.valueOf(report.year()), report.format().name(), report.state().name(),
				report.versionNumber(), imported, errors, warnings);
	}

	/** A year on the list: its format, state, version and what the rules find. */
	record YearRow(String year, String format, String state, int versionNumber, boolean imported, long errors,
			long warnings) {
	}

}
