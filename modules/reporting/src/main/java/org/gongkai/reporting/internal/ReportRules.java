package org.gongkai.reporting.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.gongkai.reporting.api.Finding;
import org.gongkai.reporting.api.Finding.Cell;
import org.gongkai.reporting.api.ReportFormat;
import org.gongkai.reporting.api.Rule;
import org.gongkai.reporting.api.Table2;
import org.gongkai.reporting.api.Table3;
import org.gongkai.reporting.api.Table3Column;
import org.gongkai.reporting.api.Table3Row;
import org.gongkai.reporting.api.Table4;
import org.gongkai.reporting.api.Table4Column;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;

/**
 * The rules of domain reference §2.6. R1–R4 are checked only where every operand is
 * reported (old reports may leave cells blank); R5 refuses negative figures everywhere
 * and, in the 2021 format, blank ones too, since that format asks for every figure. W1–W3
 * compare with last year's report when it is stored.
 */
final class ReportRules {

	private final MessageSource messages;

	private final Locale locale;

	ReportRules(MessageSource messages, Locale locale) {
		this.messages = messages;
		this.locale = locale;
	}

	/** Last year's figures, for the cross-year warnings. */
	record LastYear(Table2 table2, Table3 table3, Table4 table4) {
	}

	List<Finding> check(ReportFormat format, Table2 table2, Table3 table3, Table4 table4, @Nullable LastYear lastYear) {
		List<Finding> findings = new ArrayList<>();
		r1(table3, findings);
		r2(table3, findings);
		r3(table3, findings);
		r4(table4, findings);
		r5(format, table2, table3, table4, findings);
		if (lastYear != null) {
			w1(table3, lastYear.table3(), findings);
			w2(table2, lastYear.table2(), findings);
			w3(table4, lastYear.table4(), findings);
		}
		return findings;
	}

	private void r1(Table3 table, List<Finding> findings) {
		for (Table3Column column : Table3Column.values()) {
			Integer received = table.cell(Table3Row.RECEIVED, column);
			Integer carriedIn = table.cell(Table3Row.CARRIED_IN, column);
			Integer total = table.cell(Table3Row.RESULTS_TOTAL, column);
			Integer carriedOver = table.cell(Table3Row.CARRIED_OVER, column);
			if (received == null || carriedIn == null || total == null || carriedOver == null) {
				continue;
			}
			if (received + carriedIn != total + carriedOver) {
				findings.add(new Finding(Rule.R1,
						List.of(Cell.of(Table3Row.RECEIVED, column), Cell.of(Table3Row.CARRIED_IN, column),
								Cell.of(Table3Row.RESULTS_TOTAL, column), Cell.of(Table3Row.CARRIED_OVER, column)),
						message("R1", column.label(), received, carriedIn, received + carriedIn, total, carriedOver,
								total + carriedOver)));
			}
		}
	}

	private void r2(Table3 table, List<Finding> findings) {
		for (Table3Column column : Table3Column.values()) {
			Integer total = table.cell(Table3Row.RESULTS_TOTAL, column);
			Integer sum = 0;
			for (Table3Row row : Table3Row.values()) {
				if (row.isResult()) {
					sum = add(sum, table.cell(row, column));
				}
			}
			if (total != null && sum != null && !total.equals(sum)) {
				findings.add(new Finding(Rule.R2, List.of(Cell.of(Table3Row.RESULTS_TOTAL, column)),
						message("R2", column.label(), total, sum)));
			}
		}
	}

	private void r3(Table3 table, List<Finding> findings) {
		for (Table3Row row : Table3Row.values()) {
			Integer total = table.cell(row, Table3Column.TOTAL);
			Integer sum = 0;
			for (Table3Column column : Table3Column.values()) {
				if (column != Table3Column.TOTAL) {
					sum = add(sum, table.cell(row, column));
				}
			}
			if (total != null && sum != null && !total.equals(sum)) {
				findings.add(new Finding(Rule.R3, List.of(Cell.of(row, Table3Column.TOTAL)),
						message("R3", row.label(), total, sum)));
			}
		}
	}

	private void r4(Table4 table, List<Finding> findings) {
		for (Table4Column.Block block : Table4Column.Block.values()) {
			Integer total = table.cells().get(block.firstColumn() + 4);
			Integer sum = 0;
			for (int i = 0; i < 4; i++) {
				sum = add(sum, table.cells().get(block.firstColumn() + i));
			}
			if (total != null && sum != null && !total.equals(sum)) {
				findings.add(new Finding(Rule.R4, List.of(Cell.of(Table4Column.values()[block.firstColumn() + 4])),
						message("R4", block.label(), total, sum)));
			}
		}
	}

	private void r5(ReportFormat format, Table2 table2, Table3 table3, Table4 table4, List<Finding> findings) {
		boolean blanksRefused = format == ReportFormat.F2021;
		for (Table2.Field field : Table2.Field.values()) {
			Number value = table2.value(field);
			Cell cell = Cell.of(field);
			if (value == null) {
				if (blanksRefused) {
					findings.add(new Finding(Rule.R5, List.of(cell),
							message("R5.blank", "二", cell.rowLabel(), cell.columnLabel())));
				}
			}
			else if ((value instanceof BigDecimal amount) ? amount.signum() < 0 : value.intValue() < 0) {
				findings.add(new Finding(Rule.R5, List.of(cell),
						message("R5.negative", "二", cell.rowLabel(), cell.columnLabel(), value)));
			}
		}
		for (Table3Row row : Table3Row.values()) {
			for (Table3Column column : Table3Column.values()) {
				cell(Cell.of(row, column), table3.cell(row, column), blanksRefused, findings);
			}
		}
		for (Table4Column column : Table4Column.values()) {
			cell(Cell.of(column), table4.cell(column), blanksRefused, findings);
		}
	}

	private void cell(Cell cell, @Nullable Integer value, boolean blanksRefused, List<Finding> findings) {
		// table 四 has a single data row without a label: its cells are named by column
		boolean labelled = !cell.rowLabel().isEmpty();
		if (value == null && blanksRefused) {
			findings.add(new Finding(Rule.R5, List.of(cell),
					labelled ? message("R5.blank", cell.table(), cell.rowLabel(), cell.columnLabel())
							: message("R5.blank-cell", cell.table(), cell.columnLabel())));
		}
		else if (value != null && value < 0) {
			findings.add(new Finding(Rule.R5, List.of(cell),
					labelled ? message("R5.negative", cell.table(), cell.rowLabel(), cell.columnLabel(), value)
							: message("R5.negative-cell", cell.table(), cell.columnLabel(), value)));
		}
	}

	private void w1(Table3 table, Table3 lastYear, List<Finding> findings) {
		for (Table3Column column : Table3Column.values()) {
			Integer carriedIn = table.cell(Table3Row.CARRIED_IN, column);
			Integer carriedOver = lastYear.cell(Table3Row.CARRIED_OVER, column);
			if (carriedIn != null && carriedOver != null && !carriedIn.equals(carriedOver)) {
				findings.add(new Finding(Rule.W1, List.of(Cell.of(Table3Row.CARRIED_IN, column)),
						message("W1", column.label(), carriedIn, carriedOver)));
			}
		}
	}

	private void w2(Table2 table, Table2 lastYear, List<Finding> findings) {
		Integer inForce = table.normativeDocumentsInForce();
		Integer issued = table.normativeDocumentsIssued();
		Integer repealed = table.normativeDocumentsRepealed();
		Integer lastInForce = lastYear.normativeDocumentsInForce();
		if (inForce == null || issued == null || repealed == null || lastInForce == null) {
			return;
		}
		int expected = lastInForce + issued - repealed;
		if (inForce != expected) {
			findings.add(new Finding(Rule.W2, List.of(Cell.of(Table2.Field.NORMATIVE_DOCUMENTS_IN_FORCE)),
					message("W2", inForce, lastInForce, issued, repealed, expected)));
		}
	}

	private void w3(Table4 table, Table4 lastYear, List<Finding> findings) {
		for (Table4Column.Block block : Table4Column.Block.values()) {
			Integer pending = lastYear.cells().get(block.firstColumn() + 3);
			Integer total = table.cells().get(block.firstColumn() + 4);
			if (pending != null && total != null && total < pending) {
				findings.add(new Finding(Rule.W3, List.of(Cell.of(Table4Column.values()[block.firstColumn() + 4])),
						message("W3", block.label(), pending, total)));
			}
		}
	}

	private static @Nullable Integer add(@Nullable Integer sum, @Nullable Integer cell) {
		return (sum == null || cell == null) ? null : sum + cell;
	}

	private String message(String code, Object... arguments) {
		Object[] texts = new Object[arguments.length];
		for (int i = 0; i < arguments.length; i++) {
			// figures as written, without grouping separators
			texts[i] = Objects.toString(arguments[i]);
		}
		return messages.getMessage("reporting.rule." + code, texts, locale);
	}

}
