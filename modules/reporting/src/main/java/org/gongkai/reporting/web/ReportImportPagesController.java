package org.gongkai.reporting.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.gongkai.reporting.api.AnnualReport;
import org.gongkai.reporting.api.ReportException;
import org.gongkai.reporting.api.ReportFormat;
import org.gongkai.reporting.api.ReportWorkbooks;
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
import org.springframework.web.multipart.MultipartFile;

/**
 * Importing an earlier year's report from a spreadsheet, for the town's admin: the blank
 * template of each format, and the upload of a filled one. A refusal names the row and
 * label at fault with nothing stored; an import shows what it found in the original (I1)
 * and how it was read (I2) on the page, before the admin opens the report.
 */
@Controller
@RequestMapping("/staff/towns/{code}/annual-reports/import")
@PreAuthorize(ReportAccess.ADMINS)
class ReportImportPagesController {

	static final String VIEW = "reporting/import";

	private final ReportWorkbooks workbooks;

	private final ReportYears years;

	private final TownRegistry towns;

	private final MessageSource messages;

	ReportImportPagesController(ReportWorkbooks workbooks, ReportYears years, TownRegistry towns,
			MessageSource messages) {
		this.workbooks = workbooks;
		this.years = years;
		this.towns = towns;
		this.messages = messages;
	}

	@GetMapping
	String form(@PathVariable String code, Authentication staff, Model model) {
		return view(code, "", Map.of(), null, staff, model);
	}

	@GetMapping("/template")
	ResponseEntity<byte[]> template(@PathVariable String code, @RequestParam String format) {
		ReportFormat chosen = Lenient.enumValue(ReportFormat.class, format);
		if (chosen == null) {
			throw ReportException.invalid(Map.of("format", List.of("required")));
		}
		return ReportPagesController.download(workbooks.template(chosen));
	}

	@PostMapping
	String upload(@PathVariable String code, @RequestParam(defaultValue = "") String year,
			@RequestParam(required = false) @Nullable MultipartFile file, Authentication staff, Model model,
			Locale locale) throws IOException {
		Map<String, String> errors = new LinkedHashMap<>();
		Integer chosen = Lenient.integer(year);
		if (chosen == null || chosen < ReportYears.FIRST_IMPORTABLE || chosen > years.currentYear()) {
			errors.put("year", messages.getMessage("reporting.page.import.year",
					new Object[] { String.valueOf(ReportYears.FIRST_IMPORTABLE), String.valueOf(years.currentYear()) },
					locale));
		}
		if (file == null || file.isEmpty()) {
			errors.put("file", messages.getMessage("reporting.page.import.file", null, locale));
		}
		if (!errors.isEmpty() || chosen == null || file == null) {
			return view(code, year, errors, null, staff, model);
		}
		try {
			AnnualReport imported = workbooks.importWorkbook(chosen, file.getBytes());
			return view(code, year, Map.of(), ReportPage.of(imported, ReportAccess.of(staff, code)), staff, model);
		}
		catch (ReportException ex) {
			if (!ex.fieldErrors().isEmpty()) {
				ex.fieldErrors().forEach((field, message) -> errors.put(field, messages.getMessage(message, locale)));
			}
			else {
				errors.put("form", ex.updateAndGetBody(messages, locale).getDetail());
			}
			return view(code, year, errors, null, staff, model);
		}
	}

	private String view(String code, String year, Map<String, String> errors, @Nullable ReportPage imported,
			Authentication staff, Model model) {
		model.addAttribute("town", towns.require(code));
		model.addAttribute("formats", ReportFormat.values());
		model.addAttribute("year", year);
		model.addAttribute("errors", errors);
		// the upload's own fields first; the rest are rows of the workbook
		model.addAttribute("rowErrors",
				errors.entrySet()
					.stream()
					.filter(entry -> !List.of("year", "file", "form").contains(entry.getKey()))
					.map(Map.Entry::getValue)
					.toList());
		model.addAttribute("imported", imported);
		return VIEW;
	}

}
