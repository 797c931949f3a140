package org.gongkai.reporting.api;

import java.util.List;

/**
 * A rule the report breaks, shown next to the cells it concerns.
 *
 * @param cells the cells concerned, first the one most likely wrong
 * @param message what is wrong, naming the cells by their row and column labels, in the
 * reader's language (Chinese by default)
 */
public record Finding(Rule rule, Rule.Severity severity, List<Cell> cells, String message) {

	public Finding {
		cells = List.copyOf(cells);
	}

	public Finding(Rule rule, List<Cell> cells, String message) {
		this(rule, rule.severity(), cells, message);
	}

	public boolean blocking() {
		return this.severity == Rule.Severity.ERROR;
	}

	/**
	 * One cell of a table.
	 *
	 * @param table {@code 二}, {@code 三} or {@code 四}
	 * @param row 1-based row in the official order (table 二: the field's position; table
	 * 四: always 1)
	 * @param column 1-based column in the official order (table 二: 1)
	 * @param rowLabel the row's label ({@code ""} for table 四, which has none)
	 * @param columnLabel the column's label
	 */
	public record Cell(String table, int row, int column, String rowLabel, String columnLabel) {

		public static Cell of(Table3Row row, Table3Column column) {
			return new Cell("三", row.number(), column.ordinal() + 1, row.label(), column.label());
		}

		public static Cell of(Table4Column column) {
			return new Cell("四", 1, column.ordinal() + 1, "", column.label());
		}

		public static Cell of(Table2.Field field) {
			return new Cell("二", field.ordinal() + 1, 1, field.row(), field.column());
		}

	}

}
