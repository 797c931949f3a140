package org.gongkai.reporting.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.gongkai.reporting.api.AnnualReport;
import org.gongkai.reporting.api.Finding;
import org.gongkai.reporting.api.ReportFormat;
import org.gongkai.reporting.api.ReportState;
import org.gongkai.reporting.api.Rule;
import org.gongkai.reporting.api.ReportLayout;
import org.gongkai.reporting.api.Section;
import org.gongkai.reporting.api.Table2;
import org.jspecify.annotations.Nullable;

/**
 * The report page's view of one year: the findings numbered and counted, each placed at
 * the cells it names; the three tables as grids; the narrative sections with the town's
 * text or the generated draft; whether the signed-in person may edit.
 *
 * @param editable table 二 and the texts can be changed here by this person now
 * @param imported an earlier year's report imported from its original
 * @param original the findings about the original's own figures, which have no cell in
 * the 2021 tables
 * @param lastYear last year's table 二 as printed, by field; empty when not stored
 */
public record ReportPage(AnnualReport report, boolean editable, boolean imported, List<FindingView> findings,
		long errors, long warnings, long notes, ReportGrid table2, ReportGrid table3, ReportGrid table4,
		List<FindingView> original, Map<String, String> lastYear, List<Narrative> narratives, String feesAmount,
		String feesTenThousandYuan) {

	/** What the original's figures are filed under in findings (ReportImporter). */
	static final String ORIGINAL = "原报告";

	/**
	 * A finding as listed and marked: its number on the page, rule, severity in lower
	 * case, message, and the cells it names as "row — column".
	 */
	public record FindingView(int number, String rule, String severity, String message, List<String> cells) {

		public String anchor() {
			return "finding-" + this.number;
		}

	}

	/**
	 * A narrative section: its text as the town wrote it, else the generated draft
	 * ({@code draft} set), else nothing yet.
	 */
	public record Narrative(String section, String heading, @Nullable String text, boolean draft) {
	}

	static ReportPage of(AnnualReport report, ReportAccess access) {
		List<FindingView> views = new ArrayList<>();
		Map<String, List<FindingView>> byCell = new LinkedHashMap<>();
		Map<String, List<FindingView>> byFirstRow = new LinkedHashMap<>();
		List<FindingView> original = new ArrayList<>();
		int number = 0;
		for (Finding finding : report.findings()) {
			List<String> cells = finding.cells()
				.stream()
				.map(cell -> cell.rowLabel().isEmpty() ? cell.columnLabel()
						: cell.rowLabel() + " — " + cell.columnLabel())
				.toList();
			FindingView view = new FindingView(++number, finding.rule().name(),
					finding.severity().name().toLowerCase(Locale.ROOT), finding.message(), cells);
			views.add(view);
			if (!finding.cells().isEmpty() && ORIGINAL.equals(finding.cells().get(0).table())) {
				original.add(view);
				continue;
			}
			for (Finding.Cell cell : finding.cells()) {
				List<FindingView> at = byCell.computeIfAbsent(key(cell.table(), cell.row(), cell.column()),
						k -> new ArrayList<>());
				if (!at.contains(view)) {
					at.add(view);
				}
			}
			if (!finding.cells().isEmpty()) {
				Finding.Cell first = finding.cells().get(0);
				byFirstRow.computeIfAbsent(first.table() + ":" + first.row(), k -> new ArrayList<>()).add(view);
			}
		}
		ReportGrid.Findings placed = new ReportGrid.Findings() {

			@Override
			public List<FindingView> at(String table, int row, int column) {
				return byCell.getOrDefault(key(table, row, column), List.of());
			}

			@Override
			public List<FindingView> firstIn(String table, int row) {
				return byFirstRow.getOrDefault(table + ":" + row, List.of());
			}

		};
		// the platform always drafts 一, 五 and 六; an imported original has only its own
		// texts
		boolean imported = report.format() != ReportFormat.F2021 || report.drafts().isEmpty();
		boolean editable = access.editor() && report.format() == ReportFormat.F2021 && !imported
				&& (report.state() == ReportState.DRAFT || report.state() == ReportState.RETURNED);
		Map<String, String> lastYear = new LinkedHashMap<>();
		Table2 last = report.lastYearTable2();
		if (last != null) {
			for (Table2.Field field : Table2.Field.values()) {
				Number value = last.value(field);
				lastYear.put(field.property(), (value == null) ? ""
						: (value instanceof BigDecimal yuan) ? ReportGrid.tenThousandYuan(yuan) : value.toString());
			}
		}
		List<Narrative> narratives = new ArrayList<>();
		for (Section section : Section.values()) {
			if (section.narrative()) {
				String text = report.texts().get(section);
				String draft = report.drafts().get(section);
				narratives.add(new Narrative(section.name(), section.heading(), (text != null) ? text : draft,
						text == null && draft != null));
			}
		}
		return new ReportPage(report, editable, imported, views, count(report, Rule.Severity.ERROR),
				count(report, Rule.Severity.WARNING), count(report, Rule.Severity.NOTE),
				ReportGrid.of(ReportLayout.table2(report.table2()), placed),
				ReportGrid.of(ReportLayout.table3(report.table3()), placed),
				ReportGrid.of(ReportLayout.table4(report.table4()), placed), original, lastYear, narratives,
				report.fees().amount().toPlainString(), ReportGrid.tenThousandYuan(report.fees().amount()));
	}

	/**
	 * A narrative section by name ({@code OVERVIEW}, {@code PROBLEMS}, {@code OTHER}).
	 */
	public Narrative narrative(String section) {
		return this.narratives.stream()
			.filter(narrative -> narrative.section().equals(section))
			.findFirst()
			.orElseThrow();
	}

	/** Each section's heading, in the official order. */
	public String heading(String section) {
		return Section.valueOf(section).heading();
	}

	/** Table 二's figures as the form shows them: the fee in 元, blank for not reported. */
	static Map<String, String> figures(Table2 table) {
		Map<String, String> figures = new LinkedHashMap<>();
		for (Table2.Field field : Table2.Field.values()) {
			Number value = table.value(field);
			figures.put(field.property(), (value == null) ? "" : (value instanceof BigDecimal yuan)
					? yuan.stripTrailingZeros().toPlainString() : value.toString());
		}
		return figures;
	}

	private static long count(AnnualReport report, Rule.Severity severity) {
		return report.findings().stream().filter(finding -> finding.severity() == severity).count();
	}

	private static String key(String table, int row, int column) {
		return table + ":" + row + ":" + column;
	}

}
