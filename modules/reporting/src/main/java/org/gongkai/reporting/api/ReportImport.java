package org.gongkai.reporting.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * An earlier year's report as the town types it in from the paper or web original (domain
 * reference §6): the figures the original states, {@code null} where it states none, and
 * its texts verbatim. Nothing here is corrected: figures that do not add up are imported
 * as they are and flagged.
 *
 * @param format the format the original follows
 * @param published PRE2019: items published proactively
 * @param requests PRE2019: requests and their outcomes
 * @param reconsideration PRE2019: 行政复议 cases
 * @param litigation PRE2019: 行政诉讼 cases, in one block
 * @param litigationRoute PRE2019: which block of table 四 the litigation figures belong
 * to, when the original says; {@code null} = not stated
 * @param feesCollected PRE2019: 依申请公开收费 in 元 (cost fees under the 2007 regulation)
 * @param table2 TRIAL2019 and F2021: table 二 in the 2021 fields; for TRIAL2019 only the
 * fields the trial form shares (see {@link Trial2019Table2})
 * @param trialTable2 TRIAL2019: table 二 as the trial form has it
 * @param table3 TRIAL2019: 23 rows ((六)其他处理 a single row) and F2021: 25 rows, of 7 cells
 * in the official order
 * @param table4 TRIAL2019 and F2021: the 15 cells of table 四
 * @param texts the original's sections verbatim, by {@link OldSection}
 */
public record ReportImport(@Nullable ReportFormat format, @Nullable Published published, @Nullable Requests requests,
		@Nullable Cases reconsideration, @Nullable Cases litigation, Table4Column.@Nullable Block litigationRoute,
		@Nullable BigDecimal feesCollected, @Nullable Table2 table2, @Nullable Trial2019Table2 trialTable2,
		@Nullable List<List<@Nullable Integer>> table3, @Nullable List<@Nullable Integer> table4,
		@Nullable Map<OldSection, String> texts) {

	/** Rows of table 三 in the 2019 trial format: （六）其他处理 is one row. */
	public static final int TRIAL_TABLE3_ROWS = 23;

	/**
	 * 主动公开: the total, its split by channel (each channel possibly split by category),
	 * its split by category, and channels listed apart whose overlap with the others the
	 * original does not say.
	 */
	public record Published(@Nullable Integer total, @Nullable List<Channel> channels, @Nullable List<Count> categories,
			@Nullable List<Count> extraChannels) {
	}

	public record Channel(@Nullable String name, @Nullable Integer count, @Nullable List<Count> categories) {
	}

	public record Count(@Nullable String name, @Nullable Integer count) {
	}

	/**
	 * 依申请公开: received, carried in from last year and pending at year end when stated,
	 * answered, and the outcomes as the old reports name them.
	 */
	public record Requests(@Nullable Integer received, @Nullable Integer carriedIn, @Nullable Integer answered,
			@Nullable Integer pending, @Nullable Map<OldOutcome, Integer> outcomes) {
	}

	/** One block of table 四; {@code null} = not stated. */
	public record Cases(@Nullable Integer upheld, @Nullable Integer corrected, @Nullable Integer other,
			@Nullable Integer pending, @Nullable Integer total) {
	}

	/**
	 * Table 二 of the 2019 trial format, the figures that have a 2021 cell: 规范性文件 本年新制作数量
	 * and the 处理决定数量 of 行政许可, 行政处罚, 行政强制.
	 */
	public record Trial2019Table2(@Nullable Integer normativeDocumentsMade, @Nullable Integer licensingDecisions,
			@Nullable Integer penaltyDecisions, @Nullable Integer enforcementDecisions) {
	}

	/** The outcomes pre-2019 reports name (domain reference §6.2). */
	public enum OldOutcome {

		/** 同意公开. */
		AGREED,
		/** 同意部分公开. */
		PARTLY_AGREED,
		/** 不同意公开 – 国家秘密. */
		REFUSED_STATE_SECRET,
		/** 不同意公开 – 商业秘密 / 个人隐私. */
		REFUSED_TRADE_SECRET_OR_PRIVACY,
		/** 不同意公开 – 危及国家安全、公共安全、经济安全和社会稳定. */
		REFUSED_SECURITY,
		/** 不同意公开 – 法律法规规定的其他情形. */
		REFUSED_OTHER_LAW,
		/** 不同意公开 – 不是《条例》所指政府信息. */
		REFUSED_NOT_GOVERNMENT_INFORMATION,
		/** 不属于本行政机关公开. */
		NOT_THIS_AGENCY,
		/** 信息不存在. */
		NOT_EXISTING,
		/** 告知作出更改补充. */
		TOLD_TO_AMEND,
		/** 告知通过其他途径办理. */
		TOLD_OTHER_CHANNEL

	}

	/** The sections of an old report, by what they are about. */
	public enum OldSection {

		/** 概述 / 总体情况. */
		OVERVIEW,
		/** 主动公开政府信息情况. */
		PROACTIVE,
		/** 依申请公开政府信息情况. */
		REQUESTS,
		/** 依申请公开收费及减免情况. */
		FEES,
		/** 因政府信息公开申请行政复议、提起行政诉讼的情况. */
		REVIEWS,
		/** 存在的主要问题及改进措施. */
		PROBLEMS,
		/** 其他需要报告的事项. */
		OTHER

	}

}
