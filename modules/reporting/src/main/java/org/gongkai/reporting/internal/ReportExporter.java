package org.gongkai.reporting.internal;

import org.gongkai.reporting.api.AnnualReport;
import org.gongkai.reporting.api.AnnualReports;
import org.gongkai.reporting.api.ReportException;
import org.gongkai.reporting.api.ReportWorkflow;
import org.gongkai.reporting.api.ExportFormat;
import org.gongkai.reporting.api.ReportExports;
import org.gongkai.tenancy.api.TenantContext;
import org.gongkai.tenancy.api.Town;
import org.gongkai.tenancy.api.TownRegistry;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;

/**
 * The current town's report as it stands, printed by {@link ReportPrinter} under the
 * town's name: 昌吉市滨湖镇人民政府2025年政府信息公开工作年度报告.
 */
@Service
class ReportExporter implements ReportExports {

	private final AnnualReports reports;

	private final TownRegistry towns;

	private final MessageSource messages;

	private final ReportPrinter printer = new ReportPrinter(new ReportFonts(ReportFonts.DEFAULT_FONTS));

	private final ReportWorkflow workflow;

	ReportExporter(AnnualReports reports, ReportWorkflow workflow, TownRegistry towns, MessageSource messages) {
		this.reports = reports;
		this.workflow = workflow;
		this.towns = towns;
		this.messages = messages;
	}

	@Override
	public ReportFile export(int year, ExportFormat format) {
		return print(this.reports.report(year), format);
	}

	@Override
	public ReportFile exportPublished(int year, ExportFormat format) {
		return print(published(year), format);
	}

	@Override
	public String publishedHtml(int year) {
		return ReportHtml.render(published(year), title(year));
	}

	@Override
	public String html(int year) {
		return ReportHtml.render(this.reports.report(year), title(year));
	}

	private AnnualReport published(int year) {
		AnnualReport report = this.workflow.published(year);
		if (report == null) {
			throw ReportException.notPublished(year);
		}
		return report;
	}

	private ReportFile print(AnnualReport report, ExportFormat format) {
		int year = report.year();
		Town town = this.towns.require(TenantContext.require());
		return print(report, title(year), text("file", town.name(), String.valueOf(year), format.extension()), format);
	}

	/** Any report (the city's roll-up too) under its title and file name. */
	ReportFile print(AnnualReport report, String title, String fileName, ExportFormat format) {
		byte[] content = switch (format) {
			case DOCX -> this.printer.docx(report, title);
			case PDF -> this.printer.pdf(report, title);
			case XLSX -> this.printer.xlsx(report);
		};
		return new ReportFile(fileName, format.mediaType(), content);
	}

	/** 昌吉市滨湖镇人民政府2025年政府信息公开工作年度报告 */
	private String title(int year) {
		Town town = this.towns.require(TenantContext.require());
		// the year as text: MessageFormat would print 2,025
		return text("title", town.authority(), String.valueOf(year));
	}

	private String text(String key, Object... arguments) {
		return this.messages.getMessage("reporting.export." + key, arguments, LocaleContextHolder.getLocale());
	}

}
