package org.gongkai.reporting.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.gongkai.reporting.api.ReportException;
import org.gongkai.reporting.api.ReportWorkbooks;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * An earlier year's report as a filled import template (multipart {@code file}), for the
 * town's admin; the report as it now reads, with what the import found. Refusals as
 * problem JSON, each naming the workbook row at fault.
 */
@RestController
@RequestMapping("/api/v1/towns/{code}/annual-reports/{year}")
class ReportWorkbookController {

	private final ReportWorkbooks workbooks;

	ReportWorkbookController(ReportWorkbooks workbooks) {
		this.workbooks = workbooks;
	}

	@PostMapping("/import.xlsx")
	@PreAuthorize(ReportAccess.ADMINS)
	@ResponseStatus(HttpStatus.CREATED)
	AnnualReportController.ReportView importWorkbook(@PathVariable String code, @PathVariable int year,
			@RequestParam(required = false) @Nullable MultipartFile file) throws IOException {
		if (file == null || file.isEmpty()) {
			throw ReportException.invalid(Map.of("file", List.of("required")));
		}
		return AnnualReportController.ReportView.of(workbooks.importWorkbook(year, file.getBytes()));
	}

}
