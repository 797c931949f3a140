package org.gongkai.reporting.internal;

import java.util.Comparator;
import java.util.List;

import org.gongkai.reporting.api.AnnualReport;
import org.gongkai.reporting.api.CityReports;
import org.gongkai.reporting.api.Finding;
import org.gongkai.reporting.api.ReportStatus;
import org.gongkai.reporting.api.ReportWorkflow;
import org.gongkai.tenancy.api.Tenants;
import org.gongkai.tenancy.api.Town;
import org.gongkai.tenancy.api.TownRegistry;
import org.gongkai.tenancy.api.TownStatus;

import org.springframework.stereotype.Service;

/**
 * Reads each town's report in its own schema, one town after the other: the city office
 * opens this list a few times a year, so it is not worth a copy of its own (the
 * supervision read model keeps the report steps for the dashboards).
 */
@Service
class DefaultCityReports implements CityReports {

	private final TownRegistry registry;

	private final Tenants tenants;

	private final ReportWorkflow workflow;

	private final DefaultAnnualReports reports;

	DefaultCityReports(TownRegistry registry, Tenants tenants, ReportWorkflow workflow, DefaultAnnualReports reports) {
		this.registry = registry;
		this.tenants = tenants;
		this.workflow = workflow;
		this.reports = reports;
	}

	@Override
	public List<TownReport> forYear(int year) {
		return registry.all()
			.stream()
			.filter(town -> town.status() == TownStatus.ACTIVE || town.status() == TownStatus.SUSPENDED)
			.sorted(Comparator.comparing(Town::code))
			.map(town -> tenants.callAs(town.code(), () -> {
				ReportStatus status = workflow.status(year);
				AnnualReport report = reports.report(year);
				int errors = (int) report.findings().stream().filter(Finding::blocking).count();
				return new TownReport(town.code(), town.name(), status, errors, report.findings().size() - errors);
			}))
			.toList();
	}

}
