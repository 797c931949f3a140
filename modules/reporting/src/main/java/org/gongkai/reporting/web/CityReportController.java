package org.gongkai.reporting.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.gongkai.reporting.api.AnnualReports;
import org.gongkai.reporting.api.CityReports;
import org.gongkai.reporting.api.ReportDeadlines;
import org.gongkai.reporting.api.ReportException;
import org.gongkai.reporting.api.ReportWorkflow;
import org.gongkai.tenancy.api.Tenants;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The city office's side of the annual reports (the security chain admits city
 * supervisors only under {@code /api/v1/city}): every town's report for a year, the
 * review of a submitted report, and the due dates. The review writes in the town's
 * schema, which the town's own URLs keep read-only for the city.
 */
@RestController
@RequestMapping("/api/v1/city/annual-reports")
class CityReportController {

	private final CityReports cityReports;

	private final AnnualReports reports;

	private final ReportWorkflow workflow;

	private final ReportDeadlines deadlines;

	private final Tenants tenants;

	CityReportController(CityReports cityReports, AnnualReports reports, ReportWorkflow workflow,
			ReportDeadlines deadlines, Tenants tenants) {
		this.cityReports = cityReports;
		this.reports = reports;
		this.workflow = workflow;
		this.deadlines = deadlines;
		this.tenants = tenants;
	}

	@GetMapping("/due-dates")
	List<ReportDeadlines.Deadline> dueDates() {
		return deadlines.all();
	}

	@PutMapping("/{year}/due-date")
	ReportDeadlines.Deadline setDueDate(@PathVariable int year, @RequestBody DueDateForm form) {
		if (form.dueOn() == null) {
			throw ReportException.invalid(Map.of("dueOn", List.of("required")));
		}
		return new ReportDeadlines.Deadline(year, deadlines.setDueDate(year, form.dueOn()), false);
	}

	@GetMapping("/{year}")
	List<StatusView.TownLine> towns(@PathVariable int year) {
		return cityReports.forYear(year).stream().map(StatusView.TownLine::of).toList();
	}

	@GetMapping("/{year}/towns/{code}")
	AnnualReportController.ReportView report(@PathVariable int year, @PathVariable String code) {
		return tenants.callAs(code, () -> AnnualReportController.ReportView.of(reports.report(year)));
	}

	@PostMapping("/{year}/towns/{code}/return")
	StatusView returnForRevision(@PathVariable int year, @PathVariable String code,
			@RequestBody AnnualReportController.StepForm form) {
		long version = AnnualReportController.required(form.version());
		return StatusView.of(tenants.callAs(code,
				() -> workflow.returnForRevision(year, version, (form.text() != null) ? form.text() : "")));
	}

	/** Approves, and publishes at once unless {@code publish} is false. */
	@PostMapping("/{year}/towns/{code}/approve")
	StatusView approve(@PathVariable int year, @PathVariable String code,
			@RequestBody AnnualReportController.StepForm form) {
		long version = AnnualReportController.required(form.version());
		return StatusView
			.of(tenants.callAs(code, () -> workflow.approve(year, version, !Boolean.FALSE.equals(form.publish()))));
	}

	@PostMapping("/{year}/towns/{code}/publish")
	StatusView publish(@PathVariable int year, @PathVariable String code,
			@RequestBody AnnualReportController.StepForm form) {
		long version = AnnualReportController.required(form.version());
		return StatusView.of(tenants.callAs(code, () -> workflow.publish(year, version)));
	}

	record DueDateForm(@Nullable LocalDate dueOn) {
	}

}
