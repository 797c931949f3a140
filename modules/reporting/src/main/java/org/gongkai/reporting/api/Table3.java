package org.gongkai.reporting.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Table 三: 25 rows × 7 columns in the official order ({@link Table3Row},
 * {@link Table3Column}). A cell is {@code null} when it was not reported (old reports
 * imported), which is not the same as 0. No arithmetic is enforced here: figures that do
 * not add up are kept as they are and reported as findings.
 */
public record Table3(List<List<@Nullable Integer>> cells) {

	public static final int ROWS = 25;

	public static final int COLUMNS = 7;

	public Table3 {
		if (cells.size() != ROWS || cells.stream().anyMatch(row -> row.size() != COLUMNS)) {
			throw new IllegalArgumentException("Table 三 has 25 rows of 7 cells");
		}
		cells = cells.stream().map(row -> Collections.unmodifiableList(new ArrayList<>(row))).toList();
	}

	/** The table from 25 rows of 7 figures, none blank. */
	public static Table3 of(int[][] figures) {
		List<List<@Nullable Integer>> rows = new ArrayList<>();
		for (int[] row : figures) {
			List<@Nullable Integer> cells = new ArrayList<>();
			for (int cell : row) {
				cells.add(cell);
			}
			rows.add(cells);
		}
		return new Table3(rows);
	}

	public @Nullable Integer cell(Table3Row row, Table3Column column) {
		return this.cells.get(row.ordinal()).get(column.ordinal());
	}

	/** The row's seven cells. */
	public List<@Nullable Integer> row(Table3Row row) {
		return this.cells.get(row.ordinal());
	}

}
