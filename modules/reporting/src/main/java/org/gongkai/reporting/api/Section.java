package org.gongkai.reporting.api;

/**
 * The six sections of the 2021 format with their exact headings (domain reference §2.2).
 */
public enum Section {

	OVERVIEW("一、总体情况", true), PROACTIVE("二、主动公开政府信息情况", false), REQUESTS("三、收到和处理政府信息公开申请情况", false),
	REVIEWS("四、政府信息公开行政复议、行政诉讼情况", false), PROBLEMS("五、存在的主要问题及改进情况", true), OTHER("六、其他需要报告的事项", true);

	private final String heading;

	private final boolean narrative;

	Section(String heading, boolean narrative) {
		this.heading = heading;
		this.narrative = narrative;
	}

	/** The heading exactly as the format prints it. */
	public String heading() {
		return this.heading;
	}

	/** A text the town writes (一, 五, 六); the others are tables. */
	public boolean narrative() {
		return this.narrative;
	}

}
