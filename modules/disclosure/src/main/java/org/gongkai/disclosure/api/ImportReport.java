package org.gongkai.disclosure.api;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.context.MessageSourceResolvable;

/**
 * What an import of a legacy catalogue found and did.
 *
 * @param rows the rows read below the header, blank ones left out
 * @param imported how many became items: none when a problem stopped the import
 * @param problems row by row, in the order of the sheet
 */
public record ImportReport(String fileName, int rows, int imported, List<RowProblem> problems) {

	public ImportReport {
		problems = List.copyOf(problems);
	}

	/** Rows with at least one problem; none of them was imported. */
	public Set<Integer> failedRows() {
		var failed = new TreeSet<Integer>();
		problems.forEach(problem -> failed.add(problem.rowNumber()));
		return failed;
	}

	/**
	 * @param rowNumber as Excel numbers the rows, header included
	 * @param column the column at fault: its header in the file, or the standard label
	 * @param message what is wrong, naming the row
	 */
	public record RowProblem(int rowNumber, String column, MessageSourceResolvable message) {
	}

}
