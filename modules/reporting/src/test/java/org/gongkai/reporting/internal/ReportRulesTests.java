package org.gongkai.reporting.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.gongkai.reporting.api.Finding;
import org.gongkai.reporting.api.ReportFormat;
import org.gongkai.reporting.api.Rule;
import org.gongkai.reporting.api.Table2;
import org.gongkai.reporting.api.Table3;
import org.gongkai.reporting.api.Table3Column;
import org.gongkai.reporting.api.Table3Row;
import org.gongkai.reporting.api.Table4;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each rule of domain reference §2.6 fires on figures that break it, naming the cells in
 * Chinese, and stays silent on figures that keep it.
 */
class ReportRulesTests {

	static final Table2 TABLE_2 = new Table2(0, 0, 0, 2, 1, 7, 35, 12, 0, new BigDecimal("15230.50"));

	static final Table4 TABLE_4 = Table4.of(AnnualReportTablesTests.TABLE_4_OF_2024);

	final ReportRules rules = new ReportRules(messages(), Locale.SIMPLIFIED_CHINESE);

	@Test
	void aConsistentReportHasNoFindings() {
		assertThat(check(ReportFormat.F2021, TABLE_2, table3(), TABLE_4, null)).isEmpty();
	}

	@Test
	void r1FiresWhenReceivedAndCarriedInDoNotMatchClosedAndCarriedOut() {
		int[][] cells = cells();
		cells[Table3Row.RECEIVED.ordinal()][0]++;
		cells[Table3Row.RECEIVED.ordinal()][6]++;

		List<Finding> findings = check(ReportFormat.F2021, TABLE_2, Table3.of(cells), TABLE_4, null);

		assertThat(findings).extracting(Finding::rule).containsExactly(Rule.R1, Rule.R1);
		assertThat(findings.get(0).blocking()).isTrue();
		assertThat(findings.get(0).cells()).extracting(Finding.Cell::row).containsExactly(1, 2, 24, 25);
		assertThat(findings.get(0).message())
			.isEqualTo("表三“自然人”列：一、本年新收（10）加二、上年结转（1）之和为 11，应等于（七）总计（9）加四、结转下年度继续办理（1）之和 10。");
		assertThat(findings.get(1).message()).startsWith("表三“总计”列");
	}

	@Test
	void r2FiresWhenTheTotalIsNotTheSumOfTheResultRows() {
		int[][] cells = cells();
		cells[Table3Row.DISCLOSED.ordinal()][1]++;
		cells[Table3Row.DISCLOSED.ordinal()][6]++;

		List<Finding> findings = check(ReportFormat.F2021, TABLE_2, Table3.of(cells), TABLE_4, null);

		assertThat(findings).extracting(Finding::rule).containsExactly(Rule.R2, Rule.R2);
		assertThat(findings.get(0).message()).isEqualTo("表三“商业企业”列：（七）总计为 5，而（一）至（六）各项办理结果之和为 6。");
		assertThat(findings.get(0).cells()).singleElement()
			.isEqualTo(Finding.Cell.of(Table3Row.RESULTS_TOTAL, Table3Column.COMMERCIAL_ENTERPRISE))
			.isEqualTo(new Finding.Cell("三", 24, 2, "（七）总计", "商业企业"));
	}

	@Test
	void r3FiresWhenARowTotalIsNotTheSumOfTheApplicantColumns() {
		int[][] cells = cells();
		cells[Table3Row.DISCLOSED.ordinal()][6]++;
		cells[Table3Row.PARTLY_DISCLOSED.ordinal()][6]--;

		List<Finding> findings = check(ReportFormat.F2021, TABLE_2, Table3.of(cells), TABLE_4, null);

		assertThat(findings).extracting(Finding::rule).containsExactly(Rule.R3, Rule.R3);
		assertThat(findings.get(0).message()).isEqualTo("表三“（一）予以公开”行：总计为 7，而自然人与各类法人或其他组织之和为 6。");
		assertThat(findings.get(1).message()).startsWith("表三“（二）部分公开（区分处理的，只计这一情形，不计其他情形）”行");
	}

	@Test
	void r4FiresWhenABlockTotalIsNotTheSumOfItsResults() {
		int[] cells = AnnualReportTablesTests.TABLE_4_OF_2024.clone();
		cells[14] = 3;

		List<Finding> findings = check(ReportFormat.F2021, TABLE_2, table3(), Table4.of(cells), null);

		assertThat(findings).extracting(Finding::rule).containsExactly(Rule.R4);
		assertThat(findings.get(0).message()).isEqualTo("表四“行政诉讼 复议后起诉”：总计为 3，而结果维持、结果纠正、其他结果、尚未审结之和为 2。");
		assertThat(findings.get(0).cells()).extracting(Finding.Cell::column).containsExactly(15);
	}

	@Test
	void r5FiresOnNegativeFiguresAndOnBlanksInThe2021Format() {
		int[] cells = AnnualReportTablesTests.TABLE_4_OF_2024.clone();
		cells[5] = -1;
		cells[9] = 1;
		Table2 blank = new Table2(0, 0, 0, 2, 1, 7, null, 12, 0, new BigDecimal("-1.00"));

		List<Finding> findings = check(ReportFormat.F2021, blank, table3(), Table4.of(cells), null);

		assertThat(findings).extracting(Finding::rule).containsExactly(Rule.R5, Rule.R5, Rule.R5);
		assertThat(findings).extracting(Finding::message)
			.containsExactly("表二“行政许可”行“本年处理决定数量”列未填写；2021年格式的报告须填写每一项数字，没有的填 0。",
					"表二“行政事业性收费”行“本年收费金额（单位：万元）”列为 -1.00，不能为负数。", "表四“行政诉讼 未经复议直接起诉 结果维持”为 -1，不能为负数。");
	}

	@Test
	void blanksOfAnOldReportAreNotReportedFiguresAndSkipTheArithmetic() {
		List<List<@Nullable Integer>> rows = new ArrayList<>();
		for (int row = 0; row < Table3.ROWS; row++) {
			rows.add(new ArrayList<>(Arrays.asList(new Integer[Table3.COLUMNS])));
		}
		rows.get(0).set(6, 3);
		rows.get(23).set(6, 2);
		List<@Nullable Integer> table4 = new ArrayList<>(Arrays.asList(new Integer[Table4.COLUMNS]));
		table4.set(4, 1);

		List<Finding> findings = check(ReportFormat.PRE2019, Table2.blank(), new Table3(rows), new Table4(table4),
				null);

		assertThat(findings).isEmpty();
		assertThat(check(ReportFormat.F2021, Table2.blank(), new Table3(rows), new Table4(table4), null))
			.extracting(Finding::rule)
			.containsOnly(Rule.R5);
	}

	@Test
	void lastYearsReportIsComparedWithWarningsOnly() {
		int[][] lastYear = cells();
		lastYear[Table3Row.CARRIED_OVER.ordinal()] = lastYear[Table3Row.CARRIED_IN.ordinal()].clone();
		lastYear[Table3Row.CARRIED_OVER.ordinal()][0] = 2;
		lastYear[Table3Row.CARRIED_OVER.ordinal()][6] = 5;
		Table2 lastTable2 = new Table2(0, 0, 0, 1, 0, 5, 30, 10, 0, BigDecimal.ZERO);
		Table4 lastTable4 = Table4.of(0, 0, 0, 6, 6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

		List<Finding> findings = check(ReportFormat.F2021, TABLE_2, table3(), TABLE_4,
				new ReportRules.LastYear(lastTable2, Table3.of(lastYear), lastTable4));

		assertThat(findings).extracting(Finding::rule).containsExactly(Rule.W1, Rule.W1, Rule.W2, Rule.W3);
		assertThat(findings).noneMatch(Finding::blocking);
		assertThat(findings.get(0).message()).isEqualTo("表三“自然人”列：二、上年结转为 1，而上年报告的四、结转下年度继续办理为 2。");
		assertThat(findings.get(2).message()).startsWith("表二“行政规范性文件”：现行有效件数为 7，而上年现行有效 5 件加本年制发 2 件减本年废止 1 件为 6");
		assertThat(findings.get(3).message()).startsWith("表四“行政复议”：上年尚未审结 6 件，本年总计只有 5 件");
		assertThat(check(ReportFormat.F2021, TABLE_2, table3(), TABLE_4,
				new ReportRules.LastYear(new Table2(0, 0, 0, 1, 0, 6, 30, 10, 0, BigDecimal.ZERO), carryingOut(),
						Table4.of(0, 0, 0, 5, 5, 0, 0, 0, 3, 3, 0, 0, 0, 2, 2))))
			.isEmpty();
	}

	private List<Finding> check(ReportFormat format, Table2 table2, Table3 table3, Table4 table4,
			ReportRules.@Nullable LastYear lastYear) {
		return rules.check(format, table2, table3, table4, lastYear);
	}

	/** Last year's table carrying out exactly what this year's carries in. */
	private static Table3 carryingOut() {
		int[][] cells = cells();
		cells[Table3Row.CARRIED_OVER.ordinal()] = cells[Table3Row.CARRIED_IN.ordinal()].clone();
		return Table3.of(cells);
	}

	private static Table3 table3() {
		return Table3.of(cells());
	}

	private static int[][] cells() {
		int[][] copy = new int[Table3.ROWS][];
		for (int row = 0; row < Table3.ROWS; row++) {
			copy[row] = AnnualReportTablesTests.TABLE_3_OF_2024[row].clone();
		}
		return copy;
	}

	private static ResourceBundleMessageSource messages() {
		var source = new ResourceBundleMessageSource();
		source.setBasename("messages/reporting");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return source;
	}

}
