package org.gongkai.reporting.api;

/**
 * The consistency rules of domain reference §2.6: R1–R5 block submission, W1–W3 compare
 * with last year's stored report and only warn, since a report may correct last year.
 */
public enum Rule {

	/** 一 + 二 = 三（七）总计 + 四, per column of table 三 (printed on the form). */
	R1(Severity.ERROR),
	/** （七）总计 = the sum of the result rows 3–23, per column. */
	R2(Severity.ERROR),
	/** 总计 = the six applicant columns, per row of table 三. */
	R3(Severity.ERROR),
	/** Each block of table 四: 总计 = 维持 + 纠正 + 其他 + 尚未审结. */
	R4(Severity.ERROR),
	/**
	 * Every figure a non-negative integer (the fee a non-negative amount), and reported.
	 */
	R5(Severity.ERROR),
	/** This year's 上年结转 = last year's 结转下年度继续办理, per column. */
	W1(Severity.WARNING),
	/** 现行有效件数 ≈ last year's + 本年制发 − 本年废止 (行政规范性文件). */
	W2(Severity.WARNING),
	/** Last year's 尚未审结 cases reappear this year, decided or still pending. */
	W3(Severity.WARNING),
	/**
	 * An imported original's own figures do not add up (a total against its breakdown):
	 * kept as they are, flagged next to them.
	 */
	I1(Severity.WARNING),
	/**
	 * An imported figure or text placed in the 2021 structure only approximately, or a
	 * cell left blank because the original has no equivalent.
	 */
	I2(Severity.NOTE);

	private final Severity severity;

	Rule(Severity severity) {
		this.severity = severity;
	}

	public Severity severity() {
		return this.severity;
	}

	public enum Severity {

		/** Blocks submission. */
		ERROR,
		/** Shown; the town may submit anyway. */
		WARNING,
		/** Says how an imported report was read; nothing wrong. */
		NOTE

	}

}
