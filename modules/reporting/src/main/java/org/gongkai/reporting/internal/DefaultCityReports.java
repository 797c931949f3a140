package org.gongkai.reporting.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.gongkai.reporting.api.AnnualReport;
import org.gongkai.reporting.api.CityReports;
import org.gongkai.reporting.api.ExportFormat;
import org.gongkai.reporting.api.Finding;
import org.gongkai.reporting.api.ProcessingFees;
import org.gongkai.reporting.api.ReportExports;
import org.gongkai.reporting.api.ReportFormat;
import org.gongkai.reporting.api.ReportState;
import org.gongkai.reporting.api.ReportStatus;
import org.gongkai.reporting.api.ReportWorkflow;
import org.gongkai.reporting.api.Section;
import org.gongkai.reporting.api.Table2;
import org.gongkai.reporting.api.Table3;
import org.gongkai.reporting.api.Table4;
import org.gongkai.tenancy.api.Tenants;
import org.gongkai.tenancy.api.Town;
import org.gongkai.tenancy.api.TownRegistry;
import org.gongkai.tenancy.api.TownStatus;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;

/**
 * Reads each town's report in its own schema, one town after the other: the city office
 * opens this list a few times a year, so it is not worth a copy of its own (the
 * supervision read model keeps the report steps for the dashboards).
 */
@Service
class DefaultCityReports implements CityReports {

	/** The roll-up's "town" in the report it returns. */
	static final String CITY = "city";

	private final TownRegistry registry;

	private final Tenants tenants;

	private final ReportWorkflow workflow;

	private final DefaultAnnualReports reports;

	private final ReportExporter exporter;

	private final MessageSource messages;

	DefaultCityReports(TownRegistry registry, Tenants tenants, ReportWorkflow workflow, DefaultAnnualReports reports,
			ReportExporter exporter, MessageSource messages) {
		this.registry = registry;
		this.tenants = tenants;
		this.workflow = workflow;
		this.reports = reports;
		this.exporter = exporter;
		this.messages = messages;
	}

	@Override
	public List<TownReport> forYear(int year) {
		return each(year, (town, status, report) -> line(town, status, report));
	}

	@Override
	public CityRollUp rollUp(int year) {
		List<AnnualReport> summed = new ArrayList<>();
		List<TownReport> towns = each(year, (town, status, report) -> {
			summed.add(report);
			return line(town, status, report);
		});
		Integer[] figures = new Integer[Table2.Field.values().length - 1];
		BigDecimal fees = BigDecimal.ZERO.setScale(2);
		boolean feesBlank = summed.isEmpty();
		int[][] table3 = new int[Table3.ROWS][Table3.COLUMNS];
		boolean[][] blank3 = new boolean[Table3.ROWS][Table3.COLUMNS];
		int[] table4 = new int[Table4.COLUMNS];
		boolean[] blank4 = new boolean[Table4.COLUMNS];
		boolean[] blank2 = new boolean[figures.length];
		int feeCount = 0;
		BigDecimal feeAmount = BigDecimal.ZERO.setScale(2);
		for (AnnualReport report : summed) {
			for (Table2.Field field : Table2.Field.values()) {
				Number value = report.table2().value(field);
				if (field == Table2.Field.ADMINISTRATIVE_FEES) {
					feesBlank |= value == null;
					fees = (value != null) ? fees.add((BigDecimal) value) : fees;
				}
				else if (value == null) {
					blank2[field.ordinal()] = true;
				}
				else {
					figures[field.ordinal()] = ((figures[field.ordinal()] != null) ? figures[field.ordinal()] : 0)
							+ value.intValue();
				}
			}
			for (int r = 0; r < Table3.ROWS; r++) {
				for (int c = 0; c < Table3.COLUMNS; c++) {
					Integer cell = report.table3().cells().get(r).get(c);
					blank3[r][c] |= cell == null;
					table3[r][c] += (cell != null) ? cell : 0;
				}
			}
			for (int c = 0; c < Table4.COLUMNS; c++) {
				Integer cell = report.table4().cells().get(c);
				blank4[c] |= cell == null;
				table4[c] += (cell != null) ? cell : 0;
			}
			feeCount += report.fees().count();
			feeAmount = feeAmount.add(report.fees().amount());
		}
		for (int i = 0; i < figures.length; i++) {
			if (blank2[i] || summed.isEmpty()) {
				figures[i] = null;
			}
		}
		Table2 sumTable2 = new Table2(figures[0], figures[1], figures[2], figures[3], figures[4], figures[5],
				figures[6], figures[7], figures[8], feesBlank ? null : fees);
		Table3 sumTable3 = new Table3(cells3(table3, blank3));
		Table4 sumTable4 = new Table4(cells4(table4, blank4));
		Locale locale = locale();
		List<Finding> findings = new ReportRules(messages, locale).check(ReportFormat.F2021, sumTable2, sumTable3,
				sumTable4, null);
		long published = towns.stream().filter(town -> town.status().state() == ReportState.PUBLISHED).count();
		String overview = messages
			.getMessage("reporting.city.overview",
					new Object[] { String.valueOf(year), towns.size(), published, towns.stream()
						.map(TownReport::name)
						.reduce((a, b) -> a + messages.getMessage("reporting.draft.separator", null, locale) + b)
						.orElse("") },
					locale);
		AnnualReport sum = new AnnualReport(CITY, year, ReportFormat.F2021, ReportState.DRAFT, 0, 0, sumTable2, null,
				sumTable3, sumTable4, new ProcessingFees(feeCount, feeAmount), Map.of(Section.OVERVIEW, overview),
				Map.of(), findings);
		return new CityRollUp(year, sum, towns);
	}

	@Override
	public ReportExports.ReportFile exportRollUp(int year, ExportFormat format) {
		AnnualReport sum = rollUp(year).sum();
		return exporter.print(sum, title(year), messages.getMessage("reporting.city.file",
				new Object[] { Town.CITY, String.valueOf(year), format.extension() }, locale()), format);
	}

	@Override
	public String rollUpHtml(int year) {
		return ReportHtml.render(rollUp(year).sum(), title(year));
	}

	private String title(int year) {
		return messages.getMessage("reporting.city.title", new Object[] { Town.CITY, String.valueOf(year) }, locale());
	}

	/**
	 * Every town in service, by code, with its status and the version the city sees: the
	 * published one, else the one being worked on (frozen once submitted).
	 */
	private List<TownReport> each(int year, Reader reader) {
		return registry.all()
			.stream()
			.filter(town -> town.status() == TownStatus.ACTIVE || town.status() == TownStatus.SUSPENDED)
			.sorted(Comparator.comparing(Town::code))
			.map(town -> tenants.callAs(town.code(), () -> {
				ReportStatus status = workflow.status(year);
				AnnualReport published = workflow.published(year);
				return reader.read(town, status, (published != null) ? published : reports.report(year));
			}))
			.toList();
	}

	private static TownReport line(Town town, ReportStatus status, AnnualReport report) {
		int errors = (int) report.findings().stream().filter(Finding::blocking).count();
		return new TownReport(town.code(), town.name(), status, errors, report.findings().size() - errors);
	}

	private static List<List<@Nullable Integer>> cells3(int[][] sums, boolean[][] blank) {
		List<List<@Nullable Integer>> rows = new ArrayList<>();
		for (int r = 0; r < sums.length; r++) {
			rows.add(cells4(sums[r], blank[r]));
		}
		return rows;
	}

	private static List<@Nullable Integer> cells4(int[] sums, boolean[] blank) {
		List<@Nullable Integer> cells = new ArrayList<>();
		for (int c = 0; c < sums.length; c++) {
			cells.add(blank[c] ? null : sums[c]);
		}
		return cells;
	}

	private static Locale locale() {
		return (LocaleContextHolder.getLocaleContext() != null) ? LocaleContextHolder.getLocale()
				: Locale.SIMPLIFIED_CHINESE;
	}

	@FunctionalInterface
	private interface Reader {

		TownReport read(Town town, ReportStatus status, AnnualReport report);

	}

}
