package org.gongkai.disclosure.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.gongkai.disclosure.api.CatalogueSheets;
import org.gongkai.disclosure.api.ImportReport;
import org.gongkai.tenancy.api.Town;
import org.gongkai.web.ProblemException;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The catalogue as spreadsheets for staff: a legacy catalogue imported with a report row
 * by row (nothing imported while a row fails, unless only the valid rows are asked for),
 * the blank template, and the list exported with its filters.
 */
@Controller
@RequestMapping("/staff/towns/{code}/items")
class CatalogueSheetsController {

	static final String VIEW_IMPORT = "disclosure/import";

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final CatalogueSheets sheets;

	private final CataloguePages pages;

	CatalogueSheetsController(CatalogueSheets sheets, CataloguePages pages) {
		this.sheets = sheets;
		this.pages = pages;
	}

	@GetMapping("/import")
	@PreAuthorize(StaffAccess.REVIEWERS)
	String importForm(@PathVariable String code, Model model) {
		return importView(pages.town(code), false, null, null, null, model);
	}

	/**
	 * Answers with the report itself rather than a redirect: it may run to thousands of
	 * rows, too many for the session.
	 */
	@PostMapping("/import")
	@PreAuthorize(StaffAccess.REVIEWERS)
	String importSheet(@PathVariable String code, @RequestParam(required = false) @Nullable MultipartFile file,
			@RequestParam(defaultValue = "false") boolean onlyValidRows, Model model, Locale locale)
			throws IOException {
		Town town = pages.town(code);
		if (file == null || file.isEmpty()) {
			return importView(town, onlyValidRows, null, pages.text("disclosure.page.import.choose", locale), null,
					model);
		}
		String fileName = (file.getOriginalFilename() != null) ? file.getOriginalFilename() : "";
		try (InputStream content = file.getInputStream()) {
			ImportReport report = sheets.importSheet(fileName, content, onlyValidRows);
			return importView(town, onlyValidRows, report, null, problems(report, locale), model);
		}
		catch (ProblemException ex) {
			return importView(town, onlyValidRows, null, pages.text(ex, locale), null, model);
		}
	}

	@GetMapping("/import/template.xlsx")
	ResponseEntity<byte[]> template(@PathVariable String code, Locale locale) {
		var out = new ByteArrayOutputStream();
		sheets.template(out);
		return workbook(pages.text("disclosure.page.import.template-file", locale), out);
	}

	/**
	 * Every item the list's filters select, under the town's name and today's date
	 * (滨湖镇公开目录-2026-11-27.xlsx).
	 */
	@GetMapping("/export.xlsx")
	ResponseEntity<byte[]> export(@PathVariable String code, @ModelAttribute ItemPagesController.ListFilters filters,
			Locale locale) {
		var out = new ByteArrayOutputStream();
		sheets.export(filters.query(1), out);
		return workbook(pages.text("disclosure.page.export.file", locale, pages.town(code).name(), pages.today()), out);
	}

	private static ResponseEntity<byte[]> workbook(String fileName, ByteArrayOutputStream out) {
		return ResponseEntity.ok()
			.contentType(XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
			.body(out.toByteArray());
	}

	private List<ProblemLine> problems(ImportReport report, Locale locale) {
		return report.problems()
			.stream()
			.map(problem -> new ProblemLine(problem.rowNumber(), problem.column(),
					pages.text(problem.message(), locale)))
			.toList();
	}

	private String importView(Town town, boolean onlyValidRows, @Nullable ImportReport report,
			@Nullable String fileError, @Nullable List<ProblemLine> problems, Model model) {
		model.addAttribute("town", town);
		model.addAttribute("onlyValidRows", onlyValidRows);
		model.addAttribute("report", report);
		model.addAttribute("fileError", fileError);
		model.addAttribute("problems", problems);
		return VIEW_IMPORT;
	}

	/** One problem of the report, in the reader's language. */
	record ProblemLine(int row, String column, String message) {
	}

}
