package org.gongkai.reporting.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.gongkai.reporting.api.Finding;
import org.gongkai.reporting.api.ReportLayout;
import org.gongkai.reporting.api.Table2;
import org.jspecify.annotations.Nullable;

/**
 * Tables 二, 三 and 四 as HTML tables in the official layout: rows of cells with their row
 * and column spans, the merged header cells where the 2021 format has them, from the
 * exports' own grid ({@link ReportLayout}); each figure cell carries the findings naming
 * it, and each row the findings to print below it.
 *
 * @param rows the rows, each with the cells that start in it
 */
public record ReportGrid(List<GridRow> rows, int columns) {

	/** A row of the table and the findings told right below it. */
	public record GridRow(List<GridCell> cells, List<ReportPage.FindingView> notes) {
	}

	/**
	 * One cell.
	 *
	 * @param kind {@code header}, {@code label}, {@code figure}, or {@code field} (a
	 * figure of table 二 staff may enter)
	 * @param text the figure as printed; {@code ""} when not reported
	 * @param field table 二's form field, for {@code field} cells
	 * @param findings the findings naming this cell, for its marks
	 * @param severity the gravest of them in lower case ({@code error}, {@code warning},
	 * {@code note}), for its highlight; {@code null} when none
	 */
	public record GridCell(String kind, String text, int rowSpan, int colSpan, boolean blank, @Nullable String field,
			List<ReportPage.FindingView> findings, @Nullable String severity) {

		public boolean header() {
			return "header".equals(this.kind);
		}

		public boolean figure() {
			return "figure".equals(this.kind);
		}

		public boolean entry() {
			return "field".equals(this.kind);
		}

	}

	/** The findings of the report by the cells they name ({@code 三:5:7}). */
	interface Findings {

		List<ReportPage.FindingView> at(String table, int row, int column);

		/** The findings whose first cell is in this row. */
		List<ReportPage.FindingView> firstIn(String table, int row);

	}

	/**
	 * A table of the official layout ({@link ReportLayout}) with the findings on its
	 * figures; table 二's figures become the form's fields, and tables 三 and 四 print under
	 * each row the findings whose first cell is in it.
	 */
	static ReportGrid of(ReportLayout.Grid layout, Findings findings) {
		List<List<GridCell>> rows = new ArrayList<>();
		List<List<ReportPage.FindingView>> notes = new ArrayList<>();
		for (int r = 0; r < layout.rows(); r++) {
			rows.add(new ArrayList<>());
			notes.add(List.of());
		}
		for (ReportLayout.Cell cell : layout.cells()) {
			Finding.Cell official = cell.official();
			if (official == null) {
				String kind = (cell.kind() == ReportLayout.Kind.HEADER) ? "header" : "label";
				rows.get(cell.row())
					.add(new GridCell(kind, cell.text(), cell.rowSpan(), cell.colSpan(), false, null, List.of(), null));
				continue;
			}
			List<ReportPage.FindingView> marks = findings.at(official.table(), official.row(), official.column());
			boolean entry = "二".equals(official.table());
			rows.get(cell.row())
				.add(new GridCell(entry ? "field" : "figure", cell.text(), cell.rowSpan(), cell.colSpan(),
						cell.value() == null, entry ? Table2.Field.values()[official.row() - 1].property() : null,
						marks, severity(marks)));
			if (!entry && notes.get(cell.row()).isEmpty()) {
				notes.set(cell.row(), findings.firstIn(official.table(), official.row()));
			}
		}
		List<GridRow> result = new ArrayList<>();
		for (int r = 0; r < rows.size(); r++) {
			result.add(new GridRow(rows.get(r), notes.get(r)));
		}
		return new ReportGrid(result, layout.columns());
	}

	/** 万元 as the form prints it: at most 4 decimals (1 元), no trailing zeros. */
	static String tenThousandYuan(BigDecimal yuan) {
		return ReportLayout.tenThousandYuan(yuan.movePointLeft(4));
	}

	private static @Nullable String severity(List<ReportPage.FindingView> marks) {
		return marks.stream()
			.map(ReportPage.FindingView::severity)
			.min(Comparator.comparingInt(List.of("error", "warning", "note")::indexOf))
			.orElse(null);
	}

}
