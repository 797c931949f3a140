package org.gongkai.reporting.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.gongkai.reporting.api.AnnualReport;
import org.gongkai.reporting.api.AnnualReports;
import org.gongkai.reporting.api.ReportException;
import org.gongkai.reporting.api.ReportFormat;
import org.gongkai.reporting.api.ReportWorkflow;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The current town's report years: every year from 2021 to the current one (computed
 * whether stored or not), and the earlier years whose reports were imported (imported
 * reports are published, so the published list names them).
 */
@Component
class ReportYears {

	/** The first year of the 2007 regulation's reports, the earliest importable. */
	static final int FIRST_IMPORTABLE = 2008;

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private final AnnualReports reports;

	private final Clock clock;

	private final ReportWorkflow workflow;

	ReportYears(AnnualReports reports, ReportWorkflow workflow, Clock clock) {
		this.reports = reports;
		this.workflow = workflow;
		this.clock = clock;
	}

	int currentYear() {
		return LocalDate.ofInstant(this.clock.instant(), CHINA).getYear();
	}

	/** Every report the town has or can compute, oldest first. */
	List<AnnualReport> available() {
		List<AnnualReport> found = new ArrayList<>();
		this.workflow.publishedReports()
			.stream()
			.map(ReportWorkflow.PublishedReport::year)
			.filter(year -> year < ReportFormat.FIRST_2021_YEAR)
			.sorted()
			.forEach(year -> find(year).ifPresent(found::add));
		for (int year = ReportFormat.FIRST_2021_YEAR; year <= currentYear(); year++) {
			find(year).ifPresent(found::add);
		}
		return found;
	}

	/** The year's report, or nothing for a year without one. */
	Optional<AnnualReport> find(int year) {
		if (year < FIRST_IMPORTABLE || year > currentYear()) {
			return Optional.empty();
		}
		try {
			return Optional.of(this.reports.report(year));
		}
		catch (ReportException ex) {
			if (ex.getStatusCode().value() == HttpStatus.NOT_FOUND.value() && year < ReportFormat.FIRST_2021_YEAR) {
				return Optional.empty();
			}
			throw ex;
		}
	}

}
