package org.gongkai.reporting.api;

/**
 * The seven numeric columns of table 三 (申请人情况) in the official order. The form has no
 * subtotal column for 法人或其他组织.
 */
public enum Table3Column {

	NATURAL_PERSON("自然人"), COMMERCIAL_ENTERPRISE("商业企业"), RESEARCH_INSTITUTION("科研机构"),
	PUBLIC_INTEREST_ORGANIZATION("社会公益组织"), LEGAL_SERVICE_ORGANIZATION("法律服务机构"), OTHER_ORGANIZATION("其他"), TOTAL("总计");

	/** Header row 1, over all seven columns. */
	public static final String APPLICANTS = "申请人情况";

	/** Header row 2, over the five organisation columns. */
	public static final String ORGANIZATIONS = "法人或其他组织";

	private final String label;

	Table3Column(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	/** One of the five kinds of 法人或其他组织. */
	public boolean isOrganization() {
		return this != NATURAL_PERSON && this != TOTAL;
	}

}
