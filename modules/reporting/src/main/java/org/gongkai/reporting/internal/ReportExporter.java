package org.gongkai.reporting.internal;

import org.gongkai.reporting.api.AnnualReport;
import org.gongkai.reporting.api.AnnualReports;
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

	ReportExporter(AnnualReports reports, TownRegistry towns, MessageSource messages) {
		this.reports = reports;
		this.towns = towns;
		this.messages = messages;
	}

	@Override
	public ReportFile export(int year, ExportFormat format) {
		AnnualReport report = this.reports.report(year);
		Town town = this.towns.require(TenantContext.require());
		// the year as text: MessageFormat would print 2,025
		String title = text("title", town.authority(), String.valueOf(year));
		byte[] content = switch (format) {
			case DOCX -> this.printer.docx(report, title);
			case PDF -> this.printer.pdf(report, title);
			case XLSX -> this.printer.xlsx(report);
		};
		return new ReportFile(text("file", town.name(), String.valueOf(year), format.extension()), format.mediaType(),
				content);
	}

	private String text(String key, Object... arguments) {
		return this.messages.getMessage("reporting.export." + key, arguments, LocaleContextHolder.getLocale());
	}

}
