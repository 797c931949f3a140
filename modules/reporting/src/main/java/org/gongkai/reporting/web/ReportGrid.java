package org.gongkai.reporting.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.gongkai.reporting.api.Table2;
import org.gongkai.reporting.api.Table3;
import org.gongkai.reporting.api.Table3Column;
import org.gongkai.reporting.api.Table3Row;
import org.gongkai.reporting.api.Table4;
import org.gongkai.reporting.api.Table4Column;
import org.jspecify.annotations.Nullable;

/**
 * Tables 二, 三 and 四 as HTML tables in the official layout: rows of cells with their row
 * and column spans, the merged header cells where the 2021 format has them. The same
 * spans as the exports' grid (internal {@code ReportLayout}), which pages may not reach;
 * each figure cell carries the findings naming it, and each row the findings to print
 * below it.
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

	/** Table 二: the four blocks, each headed by its article item, in four columns. */
	static ReportGrid table2(Table2 table, Findings findings) {
		Builder grid = new Builder(findings, "二");
		int row = 0;
		grid.header(row, 0, 1, 4, Table2.ITEM_1);
		grid.header(++row, 0, 1, 1, Table2.CONTENT);
		grid.header(row, 1, 1, 1, Table2.ISSUED);
		grid.header(row, 2, 1, 1, Table2.REPEALED);
		grid.header(row, 3, 1, 1, Table2.IN_FORCE);
		grid.label(++row, 0, 1, 1, Table2.REGULATIONS);
		grid.field(row, 1, 1, table, Table2.Field.REGULATIONS_ISSUED);
		grid.field(row, 2, 1, table, Table2.Field.REGULATIONS_REPEALED);
		grid.field(row, 3, 1, table, Table2.Field.REGULATIONS_IN_FORCE);
		grid.label(++row, 0, 1, 1, Table2.NORMATIVE_DOCUMENTS);
		grid.field(row, 1, 1, table, Table2.Field.NORMATIVE_DOCUMENTS_ISSUED);
		grid.field(row, 2, 1, table, Table2.Field.NORMATIVE_DOCUMENTS_REPEALED);
		grid.field(row, 3, 1, table, Table2.Field.NORMATIVE_DOCUMENTS_IN_FORCE);
		grid.header(++row, 0, 1, 4, Table2.ITEM_5);
		grid.header(++row, 0, 1, 1, Table2.CONTENT);
		grid.header(row, 1, 1, 3, Table2.DECISIONS);
		grid.label(++row, 0, 1, 1, Table2.LICENSING);
		grid.field(row, 1, 3, table, Table2.Field.LICENSING_DECISIONS);
		grid.header(++row, 0, 1, 4, Table2.ITEM_6);
		grid.header(++row, 0, 1, 1, Table2.CONTENT);
		grid.header(row, 1, 1, 3, Table2.DECISIONS);
		grid.label(++row, 0, 1, 1, Table2.PENALTIES);
		grid.field(row, 1, 3, table, Table2.Field.PENALTY_DECISIONS);
		grid.label(++row, 0, 1, 1, Table2.ENFORCEMENT);
		grid.field(row, 1, 3, table, Table2.Field.ENFORCEMENT_DECISIONS);
		grid.header(++row, 0, 1, 4, Table2.ITEM_8);
		grid.header(++row, 0, 1, 1, Table2.CONTENT);
		grid.header(row, 1, 1, 3, Table2.FEE_AMOUNT);
		grid.label(++row, 0, 1, 1, Table2.ADMINISTRATIVE_FEES);
		grid.field(row, 1, 3, table, Table2.Field.ADMINISTRATIVE_FEES);
		return grid.build(row + 1, 4, false);
	}

	/**
	 * Table 三: the 勾稽关系 note over three header rows, then the 25 rows with their labels
	 * in up to three levels; a level shared by consecutive rows is one merged cell.
	 */
	static ReportGrid table3(Table3 table, Findings findings) {
		Builder grid = new Builder(findings, "三");
		grid.header(0, 0, 3, 3, Table3Row.CHECK_NOTE);
		grid.header(0, 3, 1, 7, Table3Column.APPLICANTS);
		grid.header(1, 3, 2, 1, Table3Column.NATURAL_PERSON.label());
		grid.header(1, 4, 1, 5, Table3Column.ORGANIZATIONS);
		grid.header(1, 9, 2, 1, Table3Column.TOTAL.label());
		for (Table3Column column : Table3Column.values()) {
			if (column.isOrganization()) {
				grid.header(2, 3 + column.ordinal(), 1, 1, column.label());
			}
		}
		Table3Row[] rows = Table3Row.values();
		for (int i = 0; i < rows.length; i++) {
			Table3Row row = rows[i];
			int at = 3 + i;
			String level2 = row.level2();
			if (level2 == null) {
				grid.label(at, 0, 1, 3, row.level1());
			}
			else {
				if (i == 0 || !rows[i - 1].level1().equals(row.level1())) {
					grid.label(at, 0, run(rows, i, true), 1, row.level1());
				}
				if (row.level3() == null) {
					grid.label(at, 1, 1, 2, level2);
				}
				else {
					if (!level2.equals(rows[i - 1].level2())) {
						grid.label(at, 1, run(rows, i, false), 1, level2);
					}
					grid.label(at, 2, 1, 1, Objects.requireNonNull(row.level3()));
				}
			}
			for (Table3Column column : Table3Column.values()) {
				grid.figure(at, 3 + column.ordinal(), row.number(), column.ordinal() + 1, table.cell(row, column));
			}
			grid.notes(at, row.number());
		}
		return grid.build(3 + rows.length, 10, true);
	}

	/** Table 四: 行政复议 and 行政诉讼 over three header rows, then the 15 figures. */
	static ReportGrid table4(Table4 table, Findings findings) {
		Builder grid = new Builder(findings, "四");
		for (Table4Column.Block block : Table4Column.Block.values()) {
			int first = block.firstColumn();
			String route = block.route();
			if (route == null) {
				grid.header(0, first, 1, 5, block.kind());
				for (Table4Column.Result result : Table4Column.Result.values()) {
					grid.header(1, first + result.ordinal(), 2, 1, result.label());
				}
			}
			else {
				if (block == Table4Column.Block.DIRECT) {
					grid.header(0, first, 1, 10, block.kind());
				}
				grid.header(1, first, 1, 5, route);
				for (Table4Column.Result result : Table4Column.Result.values()) {
					grid.header(2, first + result.ordinal(), 1, 1, result.label());
				}
			}
		}
		for (Table4Column column : Table4Column.values()) {
			grid.figure(3, column.ordinal(), 1, column.ordinal() + 1, table.cell(column));
		}
		grid.notes(3, 1);
		return grid.build(4, 15, true);
	}

	/** 万元 as the form prints it: at most 4 decimals (1 元), no trailing zeros. */
	static String tenThousandYuan(BigDecimal yuan) {
		BigDecimal rounded = yuan.movePointLeft(4).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
		return (rounded.scale() < 0) ? rounded.setScale(0).toPlainString() : rounded.toPlainString();
	}

	/** How many consecutive rows from {@code i} share its level 1 (or level 2). */
	private static int run(Table3Row[] rows, int i, boolean level1) {
		int end = i;
		while (end + 1 < rows.length && (level1 ? rows[end + 1].level1().equals(rows[i].level1())
				: Objects.equals(rows[end + 1].level2(), rows[i].level2()))) {
			end++;
		}
		return end - i + 1;
	}

	private static final class Builder {

		private record Placed(int row, int column, GridCell cell) {
		}

		private final List<Placed> cells = new ArrayList<>();

		private final Map<Integer, List<ReportPage.FindingView>> notes = new java.util.HashMap<>();

		private final Findings findings;

		private final String table;

		Builder(Findings findings, String table) {
			this.findings = findings;
			this.table = table;
		}

		void header(int row, int column, int rowSpan, int colSpan, String text) {
			this.cells.add(new Placed(row, column,
					new GridCell("header", text, rowSpan, colSpan, false, null, List.of(), null)));
		}

		void label(int row, int column, int rowSpan, int colSpan, String text) {
			this.cells.add(new Placed(row, column,
					new GridCell("label", text, rowSpan, colSpan, false, null, List.of(), null)));
		}

		void figure(int row, int column, int officialRow, int officialColumn, @Nullable Integer value) {
			List<ReportPage.FindingView> marks = this.findings.at(this.table, officialRow, officialColumn);
			this.cells.add(new Placed(row, column, new GridCell("figure", (value != null) ? value.toString() : "", 1, 1,
					value == null, null, marks, severity(marks))));
		}

		void field(int row, int column, int colSpan, Table2 table, Table2.Field field) {
			Number value = table.value(field);
			String text = (value == null) ? ""
					: (value instanceof BigDecimal yuan) ? tenThousandYuan(yuan) : value.toString();
			List<ReportPage.FindingView> marks = this.findings.at(this.table, field.ordinal() + 1, 1);
			this.cells.add(new Placed(row, column,
					new GridCell("field", text, 1, colSpan, value == null, field.property(), marks, severity(marks))));
		}

		void notes(int row, int officialRow) {
			this.notes.put(row, this.findings.firstIn(this.table, officialRow));
		}

		ReportGrid build(int rows, int columns, boolean withNotes) {
			List<Placed> ordered = new ArrayList<>(this.cells);
			ordered.sort(Comparator.comparingInt(Placed::row).thenComparingInt(Placed::column));
			List<GridRow> result = new ArrayList<>();
			for (int r = 0; r < rows; r++) {
				int at = r;
				result.add(new GridRow(ordered.stream().filter(p -> p.row() == at).map(Placed::cell).toList(),
						withNotes ? this.notes.getOrDefault(r, List.of()) : List.of()));
			}
			return new ReportGrid(result, columns);
		}

		private static @Nullable String severity(List<ReportPage.FindingView> marks) {
			return marks.stream()
				.map(ReportPage.FindingView::severity)
				.min(Comparator.comparingInt(List.of("error", "warning", "note")::indexOf))
				.orElse(null);
		}

	}

}
