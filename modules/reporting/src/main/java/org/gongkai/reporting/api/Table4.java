package org.gongkai.reporting.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Table 四: one data row of 15 cells in the official order ({@link Table4Column}); a
 * {@code null} cell was not reported.
 */
public record Table4(List<@Nullable Integer> cells) {

	public static final int COLUMNS = 15;

	public Table4 {
		if (cells.size() != COLUMNS) {
			throw new IllegalArgumentException("Table 四 has 15 cells");
		}
		cells = Collections.unmodifiableList(new ArrayList<>(cells));
	}

	public static Table4 of(int... figures) {
		List<@Nullable Integer> cells = new ArrayList<>();
		for (int figure : figures) {
			cells.add(figure);
		}
		return new Table4(cells);
	}

	public @Nullable Integer cell(Table4Column column) {
		return this.cells.get(column.ordinal());
	}

}
