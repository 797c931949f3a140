package org.gongkai.reporting.api;

import java.math.BigDecimal;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Table 二 (主动公开政府信息情况) of the 2021 format: the town's administrative figures, entered by
 * staff. A {@code null} figure is not (yet) reported, which is not the same as 0. 行政事业性收费
 * is the administrative fees the town itself levies, not the disclosure processing fee
 * (that is in section 六); it is kept in 元 with 2 decimals and shown in 万元.
 *
 * @param administrativeFees 行政事业性收费, in 元
 */
public record Table2(@Nullable Integer regulationsIssued, @Nullable Integer regulationsRepealed,
		@Nullable Integer regulationsInForce, @Nullable Integer normativeDocumentsIssued,
		@Nullable Integer normativeDocumentsRepealed, @Nullable Integer normativeDocumentsInForce,
		@Nullable Integer licensingDecisions, @Nullable Integer penaltyDecisions,
		@Nullable Integer enforcementDecisions, @Nullable BigDecimal administrativeFees) {

	public static final String ITEM_1 = "第二十条第（一）项";

	public static final String ITEM_5 = "第二十条第（五）项";

	public static final String ITEM_6 = "第二十条第（六）项";

	public static final String ITEM_8 = "第二十条第（八）项";

	public static final String CONTENT = "信息内容";

	public static final String ISSUED = "本年制发件数";

	public static final String REPEALED = "本年废止件数";

	public static final String IN_FORCE = "现行有效件数";

	public static final String DECISIONS = "本年处理决定数量";

	public static final String FEE_AMOUNT = "本年收费金额（单位：万元）";

	public static final String REGULATIONS = "规章";

	public static final String NORMATIVE_DOCUMENTS = "行政规范性文件";

	public static final String LICENSING = "行政许可";

	public static final String PENALTIES = "行政处罚";

	public static final String ENFORCEMENT = "行政强制";

	public static final String ADMINISTRATIVE_FEES = "行政事业性收费";

	/** Nothing reported yet. */
	public static Table2 blank() {
		return new Table2(null, null, null, null, null, null, null, null, null, null);
	}

	/** 行政事业性收费 in 万元, exact (1 元 = 0.0001 万元); rounding is for the printed form. */
	public @Nullable BigDecimal administrativeFeesTenThousandYuan() {
		return (this.administrativeFees != null) ? this.administrativeFees.movePointLeft(4) : null;
	}

	/** Each figure with the cell it fills: row label and column label. */
	public enum Field {

		REGULATIONS_ISSUED(REGULATIONS, ISSUED), REGULATIONS_REPEALED(REGULATIONS, REPEALED),
		REGULATIONS_IN_FORCE(REGULATIONS, IN_FORCE), NORMATIVE_DOCUMENTS_ISSUED(NORMATIVE_DOCUMENTS, ISSUED),
		NORMATIVE_DOCUMENTS_REPEALED(NORMATIVE_DOCUMENTS, REPEALED),
		NORMATIVE_DOCUMENTS_IN_FORCE(NORMATIVE_DOCUMENTS, IN_FORCE), LICENSING_DECISIONS(LICENSING, DECISIONS),
		PENALTY_DECISIONS(PENALTIES, DECISIONS), ENFORCEMENT_DECISIONS(ENFORCEMENT, DECISIONS),
		ADMINISTRATIVE_FEES(Table2.ADMINISTRATIVE_FEES, FEE_AMOUNT);

		private final String row;

		private final String column;

		Field(String row, String column) {
			this.row = row;
			this.column = column;
		}

		public String row() {
			return this.row;
		}

		public String column() {
			return this.column;
		}

		/** The JSON property and form field of this figure. */
		public String property() {
			String[] words = name().toLowerCase(Locale.ROOT).split("_");
			StringBuilder name = new StringBuilder(words[0]);
			for (int i = 1; i < words.length; i++) {
				name.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
			}
			return name.toString();
		}

	}

	/** The figure of a field; the fee in 元. */
	public @Nullable Number value(Field field) {
		return switch (field) {
			case REGULATIONS_ISSUED -> this.regulationsIssued;
			case REGULATIONS_REPEALED -> this.regulationsRepealed;
			case REGULATIONS_IN_FORCE -> this.regulationsInForce;
			case NORMATIVE_DOCUMENTS_ISSUED -> this.normativeDocumentsIssued;
			case NORMATIVE_DOCUMENTS_REPEALED -> this.normativeDocumentsRepealed;
			case NORMATIVE_DOCUMENTS_IN_FORCE -> this.normativeDocumentsInForce;
			case LICENSING_DECISIONS -> this.licensingDecisions;
			case PENALTY_DECISIONS -> this.penaltyDecisions;
			case ENFORCEMENT_DECISIONS -> this.enforcementDecisions;
			case ADMINISTRATIVE_FEES -> this.administrativeFees;
		};
	}

}
