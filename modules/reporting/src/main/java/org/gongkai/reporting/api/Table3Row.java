package org.gongkai.reporting.api;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The 25 data rows of table 三 (收到和处理政府信息公开申请情况) in the official order, with their labels
 * exactly as the 2021 format prints them, level by level (domain reference §2.4). Row
 * numbers are those of {@code Outcome.row()} in the requests module.
 */
public enum Table3Row {

	RECEIVED(1, "一、本年新收政府信息公开申请数量", null, null), CARRIED_IN(2, "二、上年结转政府信息公开申请数量", null, null),
	DISCLOSED(3, Labels.RESULTS, "（一）予以公开", null),
	PARTLY_DISCLOSED(4, Labels.RESULTS, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", null),
	WITHHELD_STATE_SECRET(5, Labels.RESULTS, Labels.WITHHELD, "1.属于国家秘密"),
	WITHHELD_PROHIBITED_BY_LAW(6, Labels.RESULTS, Labels.WITHHELD, "2.其他法律行政法规禁止公开"),
	WITHHELD_ENDANGERS_SECURITY(7, Labels.RESULTS, Labels.WITHHELD, "3.危及“三安全一稳定”"),
	WITHHELD_THIRD_PARTY_RIGHTS(8, Labels.RESULTS, Labels.WITHHELD, "4.保护第三方合法权益"),
	WITHHELD_INTERNAL_AFFAIRS(9, Labels.RESULTS, Labels.WITHHELD, "5.属于三类内部事务信息"),
	WITHHELD_PROCESS_INFORMATION(10, Labels.RESULTS, Labels.WITHHELD, "6.属于四类过程性信息"),
	WITHHELD_ENFORCEMENT_FILE(11, Labels.RESULTS, Labels.WITHHELD, "7.属于行政执法案卷"),
	WITHHELD_ADMINISTRATIVE_QUERY(12, Labels.RESULTS, Labels.WITHHELD, "8.属于行政查询事项"),
	UNAVAILABLE_NOT_HELD(13, Labels.RESULTS, Labels.UNAVAILABLE, "1.本机关不掌握相关政府信息"),
	UNAVAILABLE_NEEDS_CREATION(14, Labels.RESULTS, Labels.UNAVAILABLE, "2.没有现成信息需要另行制作"),
	UNAVAILABLE_STILL_UNCLEAR(15, Labels.RESULTS, Labels.UNAVAILABLE, "3.补正后申请内容仍不明确"),
	NOT_PROCESSED_PETITION(16, Labels.RESULTS, Labels.NOT_PROCESSED, "1.信访举报投诉类申请"),
	NOT_PROCESSED_REPEATED(17, Labels.RESULTS, Labels.NOT_PROCESSED, "2.重复申请"),
	NOT_PROCESSED_PUBLICATION(18, Labels.RESULTS, Labels.NOT_PROCESSED, "3.要求提供公开出版物"),
	NOT_PROCESSED_MASS_REQUESTS(19, Labels.RESULTS, Labels.NOT_PROCESSED, "4.无正当理由大量反复申请"),
	NOT_PROCESSED_CONFIRMATION(20, Labels.RESULTS, Labels.NOT_PROCESSED, "5.要求行政机关确认或重新出具已获取信息"),
	OTHER_NO_CORRECTION(21, Labels.RESULTS, Labels.OTHER, "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
	OTHER_FEE_UNPAID(22, Labels.RESULTS, Labels.OTHER, "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"),
	OTHER(23, Labels.RESULTS, Labels.OTHER, "3.其他"), RESULTS_TOTAL(24, Labels.RESULTS, "（七）总计", null),
	CARRIED_OVER(25, "四、结转下年度继续办理", null, null);

	/** The top-left merged header cell, printed on the form. */
	public static final String CHECK_NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";

	private final int number;

	private final String level1;

	private final @Nullable String level2;

	private final @Nullable String level3;

	Table3Row(int number, String level1, @Nullable String level2, @Nullable String level3) {
		this.number = number;
		this.level1 = level1;
		this.level2 = level2;
		this.level3 = level3;
	}

	/** 1 to 25. */
	public int number() {
		return this.number;
	}

	public String level1() {
		return this.level1;
	}

	public @Nullable String level2() {
		return this.level2;
	}

	public @Nullable String level3() {
		return this.level3;
	}

	/** The label levels present, outermost first. */
	public List<String> labels() {
		List<String> labels = new ArrayList<>(List.of(this.level1));
		if (this.level2 != null) {
			labels.add(this.level2);
		}
		if (this.level3 != null) {
			labels.add(this.level3);
		}
		return labels;
	}

	/**
	 * The label a message names the row by: its innermost level, with its group for the
	 * numbered sub-rows, e.g. {@code （三）不予公开 1.属于国家秘密}.
	 */
	public String label() {
		if (this.level3 != null) {
			return this.level2 + " " + this.level3;
		}
		return (this.level2 != null) ? this.level2 : this.level1;
	}

	/** The row counting a decision: a result row 3 to 23. */
	public static Table3Row ofNumber(int number) {
		for (Table3Row row : values()) {
			if (row.number == number) {
				return row;
			}
		}
		throw new IllegalArgumentException("Table 三 has rows 1 to 25, not " + number);
	}

	/** Rows 3 to 23: one per way a request can end. */
	public boolean isResult() {
		return this.number >= 3 && this.number <= 23;
	}

	private static final class Labels {

		static final String RESULTS = "三、本年度办理结果";

		static final String WITHHELD = "（三）不予公开";

		static final String UNAVAILABLE = "（四）无法提供";

		static final String NOT_PROCESSED = "（五）不予处理";

		static final String OTHER = "（六）其他处理";

	}

}
