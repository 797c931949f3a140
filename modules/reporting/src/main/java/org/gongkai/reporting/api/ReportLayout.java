package org.gongkai.reporting.api;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * Tables 二, 三 and 四 laid out as the 2021 format prints them (domain reference §2.3–2.5):
 * each a grid of cells with their row and column spans. The DOCX, XLSX and PDF exports
 * all draw these grids, and so do the staff pages and the portal, so the merged header
 * cells are defined once.
 */
public final class ReportLayout {

	private ReportLayout() {
	}

	/** What a cell holds; headers and labels are centred and bold differently. */
	public enum Kind {

		HEADER, LABEL, FIGURE

	}

	/**
	 * One cell of a grid, at its top-left position, spanning {@code rowSpan} ×
	 * {@code colSpan} positions.
	 *
	 * @param value the figure, for spreadsheets; {@code null} for text and for figures
	 * not reported (the cell is then blank, never "null")
	 * @param official for a figure, its cell in the official numbering that findings name
	 * ({@link Finding.Cell}); {@code null} for headers and labels
	 */
	public record Cell(int row, int column, int rowSpan, int colSpan, Kind kind, String text, @Nullable Number value,
			Finding.@Nullable Cell official) {

		public boolean merged() {
			return this.rowSpan > 1 || this.colSpan > 1;
		}

		public boolean covers(int row, int column) {
			return row >= this.row && row < this.row + this.rowSpan && column >= this.column
					&& column < this.column + this.colSpan;
		}

	}

	/**
	 * A table: its cells in reading order (row by row, left to right) and the relative
	 * widths of its columns.
	 */
	public record Grid(int rows, List<Integer> widths, List<Cell> cells) {

		public Grid {
			widths = List.copyOf(widths);
			cells = List.copyOf(cells);
		}

		public int columns() {
			return this.widths.size();
		}

		/** The cell covering a position. */
		public Cell at(int row, int column) {
			for (Cell cell : this.cells) {
				if (cell.covers(row, column)) {
					return cell;
				}
			}
			throw new IllegalStateException("No cell at " + row + "," + column);
		}

	}

	/** Table 二: the four blocks, each headed by its article item, in four columns. */
	public static Grid table2(Table2 table) {
		Builder grid = new Builder();
		int row = 0;
		grid.header(row, 0, 1, 4, Table2.ITEM_1);
		grid.header(++row, 0, Table2.CONTENT);
		grid.header(row, 1, Table2.ISSUED);
		grid.header(row, 2, Table2.REPEALED);
		grid.header(row, 3, Table2.IN_FORCE);
		grid.label(++row, 0, 1, 1, Table2.REGULATIONS);
		grid.field(row, 1, 1, table, Table2.Field.REGULATIONS_ISSUED);
		grid.field(row, 2, 1, table, Table2.Field.REGULATIONS_REPEALED);
		grid.field(row, 3, 1, table, Table2.Field.REGULATIONS_IN_FORCE);
		grid.label(++row, 0, 1, 1, Table2.NORMATIVE_DOCUMENTS);
		grid.field(row, 1, 1, table, Table2.Field.NORMATIVE_DOCUMENTS_ISSUED);
		grid.field(row, 2, 1, table, Table2.Field.NORMATIVE_DOCUMENTS_REPEALED);
		grid.field(row, 3, 1, table, Table2.Field.NORMATIVE_DOCUMENTS_IN_FORCE);

		grid.header(++row, 0, 1, 4, Table2.ITEM_5);
		grid.header(++row, 0, Table2.CONTENT);
		grid.header(row, 1, 1, 3, Table2.DECISIONS);
		grid.label(++row, 0, 1, 1, Table2.LICENSING);
		grid.field(row, 1, 3, table, Table2.Field.LICENSING_DECISIONS);

		grid.header(++row, 0, 1, 4, Table2.ITEM_6);
		grid.header(++row, 0, Table2.CONTENT);
		grid.header(row, 1, 1, 3, Table2.DECISIONS);
		grid.label(++row, 0, 1, 1, Table2.PENALTIES);
		grid.field(row, 1, 3, table, Table2.Field.PENALTY_DECISIONS);
		grid.label(++row, 0, 1, 1, Table2.ENFORCEMENT);
		grid.field(row, 1, 3, table, Table2.Field.ENFORCEMENT_DECISIONS);

		grid.header(++row, 0, 1, 4, Table2.ITEM_8);
		grid.header(++row, 0, Table2.CONTENT);
		grid.header(row, 1, 1, 3, Table2.FEE_AMOUNT);
		grid.label(++row, 0, 1, 1, Table2.ADMINISTRATIVE_FEES);
		grid.field(row, 1, 3, table, Table2.Field.ADMINISTRATIVE_FEES);
		return grid.build(row + 1, List.of(3, 2, 2, 2));
	}

	/**
	 * Table 三: three header rows under the 勾稽关系 note, then the 25 rows with their labels
	 * in up to three levels; a level shared by consecutive rows is one merged cell.
	 */
	public static Grid table3(Table3 table) {
		Builder grid = new Builder();
		grid.header(0, 0, 3, 3, Table3Row.CHECK_NOTE);
		grid.header(0, 3, 1, 7, Table3Column.APPLICANTS);
		grid.header(1, 3, 2, 1, Table3Column.NATURAL_PERSON.label());
		grid.header(1, 4, 1, 5, Table3Column.ORGANIZATIONS);
		grid.header(1, 9, 2, 1, Table3Column.TOTAL.label());
		for (Table3Column column : Table3Column.values()) {
			if (column.isOrganization()) {
				grid.header(2, 3 + column.ordinal(), column.label());
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
					grid.label(at, 2, 1, 1, row.level3());
				}
			}
			for (Table3Column column : Table3Column.values()) {
				grid.figure(at, 3 + column.ordinal(), 1, table.cell(row, column), Finding.Cell.of(row, column));
			}
		}
		return grid.build(3 + rows.length, List.of(6, 7, 12, 3, 3, 3, 3, 3, 3, 3));
	}

	/** Table 四: 行政复议 and 行政诉讼 over three header rows, then the 15 figures. */
	public static Grid table4(Table4 table) {
		Builder grid = new Builder();
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
				if (first == Table4Column.Block.DIRECT.firstColumn()) {
					grid.header(0, first, 1, 10, block.kind());
				}
				grid.header(1, first, 1, 5, route);
				for (Table4Column.Result result : Table4Column.Result.values()) {
					grid.header(2, first + result.ordinal(), result.label());
				}
			}
		}
		for (Table4Column column : Table4Column.values()) {
			grid.figure(3, column.ordinal(), 1, table.cell(column), Finding.Cell.of(column));
		}
		return grid.build(4, List.of(1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1));
	}

	/** 万元 as the form prints it: at most 4 decimals (1 元), no trailing zeros. */
	public static String tenThousandYuan(BigDecimal amount) {
		BigDecimal rounded = amount.setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
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

		private final List<Cell> cells = new ArrayList<>();

		void header(int row, int column, String text) {
			header(row, column, 1, 1, text);
		}

		void header(int row, int column, int rowSpan, int colSpan, String text) {
			cell(row, column, rowSpan, colSpan, Kind.HEADER, text, null);
		}

		void label(int row, int column, int rowSpan, int colSpan, String text) {
			cell(row, column, rowSpan, colSpan, Kind.LABEL, text, null);
		}

		void figure(int row, int column, int colSpan, @Nullable Integer value, Finding.Cell official) {
			this.cells.add(new Cell(row, column, 1, colSpan, Kind.FIGURE, (value != null) ? value.toString() : "",
					value, official));
		}

		/** A figure of table 二; the fee in 万元 as the form prints it. */
		void field(int row, int column, int colSpan, Table2 table, Table2.Field field) {
			Number value = table.value(field);
			if (value instanceof BigDecimal yuan) {
				BigDecimal tenThousand = yuan.movePointLeft(4);
				this.cells.add(new Cell(row, column, 1, colSpan, Kind.FIGURE, tenThousandYuan(tenThousand), tenThousand,
						Finding.Cell.of(field)));
			}
			else {
				figure(row, column, colSpan, (value != null) ? value.intValue() : null, Finding.Cell.of(field));
			}
		}

		void cell(int row, int column, int rowSpan, int colSpan, Kind kind, String text, @Nullable Number value) {
			this.cells.add(new Cell(row, column, rowSpan, colSpan, kind, text, value, null));
		}

		Grid build(int rows, List<Integer> widths) {
			List<Cell> ordered = new ArrayList<>(this.cells);
			ordered.sort(Comparator.comparingInt(Cell::row).thenComparingInt(Cell::column));
			return new Grid(rows, widths, ordered);
		}

	}

}
