package org.gongkai.portal.web;

import org.gongkai.web.Attachments;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.gongkai.reporting.api.ExportFormat;
import org.gongkai.reporting.api.ReportExports;
import org.gongkai.reporting.api.ReportWorkflow;
import org.gongkai.tenancy.api.Town;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A town's published annual reports (政府信息公开工作年度报告): the page of the version on the
 * portal, in the official layout, with the correction note of a later version, and its
 * DOCX, PDF and XLSX. Drafts and versions under review never show: only what the city
 * approved and published.
 */
@Controller
class PortalReportController {

	static final String VIEW_REPORT = "portal/report";

	private final PortalTowns towns;

	private final Sites sites;

	private final PortalText text;

	private final ReportWorkflow workflow;

	private final ReportExports exports;

	private final Clock clock;

	PortalReportController(PortalTowns towns, Sites sites, PortalText text, ReportWorkflow workflow,
			ReportExports exports, Clock clock) {
		this.clock = clock;
		this.towns = towns;
		this.sites = sites;
		this.text = text;
		this.workflow = workflow;
		this.exports = exports;
	}

	@GetMapping("/towns/{code}/annual-reports/{year}")
	String report(@PathVariable String code, @PathVariable String year, HttpServletRequest request, Locale locale,
			Model model) {
		Town town = towns.open(code);
		int reportYear = year(year);
		ReportWorkflow.PublishedReport published = workflow.publishedReports()
			.stream()
			.filter(report -> report.year() == reportYear)
			.findFirst()
			.orElseThrow(() -> new PortalNotFound("annual report " + year));
		String label = text.get("portal.report.crumb", locale, String.valueOf(reportYear));
		model.addAttribute("site",
				sites.town(request, town, null, locale,
						Sites.via(text.get("portal.town.reports", locale), Links.of(request).town(code) + "#reports"),
						Sites.here(label)));
		model.addAttribute("published", published);
		model.addAttribute("year", String.valueOf(reportYear));
		model.addAttribute("publishedOn",
				text.date(LocalDate.ofInstant(published.publishedAt(), clock.getZone()), locale));
		model.addAttribute("reportHtml", exports.publishedHtml(reportYear));
		return VIEW_REPORT;
	}

	@GetMapping("/towns/{code}/annual-reports/{year}/report.{format:docx|pdf|xlsx}")
	ResponseEntity<byte[]> download(@PathVariable String code, @PathVariable String year, @PathVariable String format) {
		towns.open(code);
		int reportYear = year(year);
		if (workflow.publishedReports().stream().noneMatch(report -> report.year() == reportYear)) {
			throw new PortalNotFound("annual report " + year);
		}
		ReportExports.ReportFile file = exports.exportPublished(reportYear, ExportFormat.of(format));
		return Attachments.of(file.content(), file.fileName(), file.mediaType());
	}

	private static int year(String value) {
		Integer year = Params.year(value);
		if (year == null) {
			throw new PortalNotFound("annual report " + value);
		}
		return year;
	}

}
