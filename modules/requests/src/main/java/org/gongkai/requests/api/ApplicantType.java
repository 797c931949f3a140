package org.gongkai.requests.api;

/**
 * 申请人情况: the applicant as table 三 of the annual report counts them: a natural person, or
 * one of five kinds of 法人或其他组织.
 */
public enum ApplicantType {

	/** 自然人 */
	NATURAL_PERSON(false),
	/** 商业企业 */
	COMMERCIAL_ENTERPRISE(true),
	/** 科研机构 */
	RESEARCH_INSTITUTION(true),
	/** 社会公益组织 */
	PUBLIC_INTEREST_ORGANIZATION(true),
	/** 法律服务机构 */
	LEGAL_SERVICE_ORGANIZATION(true),
	/** 其他 */
	OTHER_ORGANIZATION(true);

	private final boolean organization;

	ApplicantType(boolean organization) {
		this.organization = organization;
	}

	/** An organisation gives its name and credit code; a person their resident ID. */
	public boolean isOrganization() {
		return this.organization;
	}

}
