package org.gongkai.reporting.api;

import org.jspecify.annotations.Nullable;

/**
 * The 15 cells of table 四 (政府信息公开行政复议、行政诉讼情况) in the official order (domain reference
 * §2.5): 行政复议, then 行政诉讼 未经复议直接起诉, then 行政诉讼 复议后起诉, each as 结果维持, 结果纠正, 其他结果, 尚未审结, 总计.
 */
public enum Table4Column {

	RECONSIDERATION_UPHELD(Block.RECONSIDERATION, Result.UPHELD),
	RECONSIDERATION_CORRECTED(Block.RECONSIDERATION, Result.CORRECTED),
	RECONSIDERATION_OTHER(Block.RECONSIDERATION, Result.OTHER),
	RECONSIDERATION_PENDING(Block.RECONSIDERATION, Result.PENDING),
	RECONSIDERATION_TOTAL(Block.RECONSIDERATION, Result.TOTAL), DIRECT_UPHELD(Block.DIRECT, Result.UPHELD),
	DIRECT_CORRECTED(Block.DIRECT, Result.CORRECTED), DIRECT_OTHER(Block.DIRECT, Result.OTHER),
	DIRECT_PENDING(Block.DIRECT, Result.PENDING), DIRECT_TOTAL(Block.DIRECT, Result.TOTAL),
	AFTER_RECONSIDERATION_UPHELD(Block.AFTER_RECONSIDERATION, Result.UPHELD),
	AFTER_RECONSIDERATION_CORRECTED(Block.AFTER_RECONSIDERATION, Result.CORRECTED),
	AFTER_RECONSIDERATION_OTHER(Block.AFTER_RECONSIDERATION, Result.OTHER),
	AFTER_RECONSIDERATION_PENDING(Block.AFTER_RECONSIDERATION, Result.PENDING),
	AFTER_RECONSIDERATION_TOTAL(Block.AFTER_RECONSIDERATION, Result.TOTAL);

	private final Block block;

	private final Result result;

	Table4Column(Block block, Result result) {
		this.block = block;
		this.result = result;
	}

	public Block block() {
		return this.block;
	}

	public Result result() {
		return this.result;
	}

	/** The label a message names the cell by, e.g. {@code 行政诉讼 复议后起诉 结果维持}. */
	public String label() {
		return this.block.label() + " " + this.result.label();
	}

	/** The three blocks, each with four results and their 总计. */
	public enum Block {

		RECONSIDERATION("行政复议", null), DIRECT("行政诉讼", "未经复议直接起诉"), AFTER_RECONSIDERATION("行政诉讼", "复议后起诉");

		private final String kind;

		private final @Nullable String route;

		Block(String kind, @Nullable String route) {
			this.kind = kind;
			this.route = route;
		}

		/** Header row 1: 行政复议 or 行政诉讼. */
		public String kind() {
			return this.kind;
		}

		/** Header row 2 of the litigation blocks. */
		public @Nullable String route() {
			return this.route;
		}

		public String label() {
			return (this.route != null) ? this.kind + " " + this.route : this.kind;
		}

		/** The block's first column in the flat order. */
		public int firstColumn() {
			return ordinal() * 5;
		}

	}

	public enum Result {

		UPHELD("结果维持"), CORRECTED("结果纠正"), OTHER("其他结果"), PENDING("尚未审结"), TOTAL("总计");

		private final String label;

		Result(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

	}

}
