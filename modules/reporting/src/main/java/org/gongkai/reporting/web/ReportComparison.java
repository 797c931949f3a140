package org.gongkai.reporting.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.gongkai.reporting.api.AnnualReport;
import org.gongkai.reporting.api.Table2;
import org.gongkai.reporting.api.Table3Column;
import org.gongkai.reporting.api.Table3Row;
import org.gongkai.reporting.api.Table4Column;
import org.jspecify.annotations.Nullable;

/**
 * Several years side by side, oldest first: table 二's figures, table 三's key rows in the
 * 总计 column (a result group as the sum of its rows) and table 四's three totals, each with
 * its change against the column before. A figure not reported stays blank, apart from 0,
 * and is compared with nothing; a group some of whose rows were not reported shows the
 * sum of those reported, marked partial.
 */
public record ReportComparison(List<YearColumn> years, List<Group> groups) {

	/** A year's column head: its format and state, and whether it was imported. */
	public record YearColumn(int year, String format, String state, boolean imported) {
	}

	/** Rows under a heading: {@code table2}, {@code table3}, {@code table4}. */
	public record Group(String heading, List<Line> lines) {
	}

	/** One figure across the years. */
	public record Line(String label, List<Figure> figures) {
	}

	/**
	 * A year's figure as printed and its change against the year before ({@code null}
	 * when either is not reported, and in the first column).
	 */
	public record Figure(String text, boolean blank, boolean partial, @Nullable String change, int trend) {
	}

	/** An amount and whether some of its parts were not reported. */
	private record Amount(@Nullable BigDecimal value, boolean partial) {
	}

	static ReportComparison of(List<AnnualReport> reports) {
		List<YearColumn> years = reports.stream()
			.map(report -> new YearColumn(report.year(), report.format().name(), report.state().name(),
					report.format() != org.gongkai.reporting.api.ReportFormat.F2021 || report.drafts().isEmpty()))
			.toList();
		List<Group> groups = new ArrayList<>();
		List<Line> table2 = new ArrayList<>();
		for (Table2.Field field : Table2.Field.values()) {
			boolean fee = field == Table2.Field.ADMINISTRATIVE_FEES;
			table2.add(line(field.row() + " " + (fee ? Table2.FEE_AMOUNT : field.column()), reports, fee,
					report -> amount(report.table2().value(field))));
		}
		groups.add(new Group("table2", table2));
		List<Line> table3 = new ArrayList<>();
		table3.add(row(Table3Row.RECEIVED, reports));
		table3.add(row(Table3Row.CARRIED_IN, reports));
		String group = null;
		List<Table3Row> members = new ArrayList<>();
		for (Table3Row row : Table3Row.values()) {
			if (!row.isResult()) {
				continue;
			}
			if (group != null && !group.equals(row.level2())) {
				table3.add(sum(group, List.copyOf(members), reports));
				members.clear();
			}
			group = row.level2();
			members.add(row);
		}
		table3.add(sum(group, List.copyOf(members), reports));
		table3.add(row(Table3Row.RESULTS_TOTAL, reports));
		table3.add(row(Table3Row.CARRIED_OVER, reports));
		groups.add(new Group("table3", table3));
		List<Line> table4 = new ArrayList<>();
		for (Table4Column column : List.of(Table4Column.RECONSIDERATION_TOTAL, Table4Column.DIRECT_TOTAL,
				Table4Column.AFTER_RECONSIDERATION_TOTAL)) {
			table4.add(line(column.label(), reports, false, report -> amount(report.table4().cell(column))));
		}
		groups.add(new Group("table4", table4));
		return new ReportComparison(years, groups);
	}

	private static Line row(Table3Row row, List<AnnualReport> reports) {
		return line(row.label(), reports, false, report -> amount(report.table3().cell(row, Table3Column.TOTAL)));
	}

	/** A result group: the sum of its rows' totals. */
	private static Line sum(@Nullable String label, List<Table3Row> rows, List<AnnualReport> reports) {
		return line(String.valueOf(label), reports, false, report -> {
			BigDecimal sum = null;
			boolean missing = false;
			for (Table3Row row : rows) {
				Integer cell = report.table3().cell(row, Table3Column.TOTAL);
				if (cell == null) {
					missing = true;
				}
				else {
					sum = (sum == null) ? BigDecimal.valueOf(cell) : sum.add(BigDecimal.valueOf(cell));
				}
			}
			return new Amount(sum, missing && sum != null);
		});
	}

	private static Line line(String label, List<AnnualReport> reports, boolean tenThousandYuan,
			Function<AnnualReport, Amount> figure) {
		List<Figure> figures = new ArrayList<>();
		Amount before = null;
		for (AnnualReport report : reports) {
			Amount amount = figure.apply(report);
			BigDecimal value = amount.value();
			String change = null;
			int trend = 0;
			if (before != null && before.value() != null && value != null) {
				BigDecimal difference = value.subtract(before.value());
				trend = difference.signum();
				String text = tenThousandYuan ? ReportGrid.tenThousandYuan(difference.abs())
						: difference.abs().toPlainString();
				change = (trend > 0) ? "+" + text : (trend < 0) ? "−" + text : "0";
			}
			String text = (value == null) ? ""
					: tenThousandYuan ? ReportGrid.tenThousandYuan(value) : value.toPlainString();
			figures.add(new Figure(text, value == null, amount.partial(), change, trend));
			before = amount;
		}
		return new Line(label, figures);
	}

	private static Amount amount(@Nullable Number number) {
		if (number == null) {
			return new Amount(null, false);
		}
		return new Amount((number instanceof BigDecimal decimal) ? decimal : BigDecimal.valueOf(number.longValue()),
				false);
	}

}
