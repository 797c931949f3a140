package org.gongkai.requests.api;

/**
 * How a request ended, exactly as the result rows of table 三 (2021 format) count it:
 * every request closed in a year falls in one row. {@link #row()} is the row's number in
 * the table (3 to 23).
 */
public enum Outcome {

	/** （一）予以公开 */
	DISCLOSED(Group.DISCLOSED, 3),
	/** （二）部分公开（区分处理的，只计这一情形，不计其他情形） */
	PARTLY_DISCLOSED(Group.PARTLY_DISCLOSED, 4),
	/** （三）不予公开 1.属于国家秘密 */
	WITHHELD_STATE_SECRET(Group.WITHHELD, 5),
	/** （三）不予公开 2.其他法律行政法规禁止公开 */
	WITHHELD_PROHIBITED_BY_LAW(Group.WITHHELD, 6),
	/** （三）不予公开 3.危及“三安全一稳定” */
	WITHHELD_ENDANGERS_SECURITY(Group.WITHHELD, 7),
	/** （三）不予公开 4.保护第三方合法权益 */
	WITHHELD_THIRD_PARTY_RIGHTS(Group.WITHHELD, 8),
	/** （三）不予公开 5.属于三类内部事务信息 */
	WITHHELD_INTERNAL_AFFAIRS(Group.WITHHELD, 9),
	/** （三）不予公开 6.属于四类过程性信息 */
	WITHHELD_PROCESS_INFORMATION(Group.WITHHELD, 10),
	/** （三）不予公开 7.属于行政执法案卷 */
	WITHHELD_ENFORCEMENT_FILE(Group.WITHHELD, 11),
	/** （三）不予公开 8.属于行政查询事项 */
	WITHHELD_ADMINISTRATIVE_QUERY(Group.WITHHELD, 12),
	/** （四）无法提供 1.本机关不掌握相关政府信息 */
	UNAVAILABLE_NOT_HELD(Group.UNAVAILABLE, 13),
	/** （四）无法提供 2.没有现成信息需要另行制作 */
	UNAVAILABLE_NEEDS_CREATION(Group.UNAVAILABLE, 14),
	/** （四）无法提供 3.补正后申请内容仍不明确 */
	UNAVAILABLE_STILL_UNCLEAR(Group.UNAVAILABLE, 15),
	/** （五）不予处理 1.信访举报投诉类申请 */
	NOT_PROCESSED_PETITION(Group.NOT_PROCESSED, 16),
	/** （五）不予处理 2.重复申请 */
	NOT_PROCESSED_REPEATED(Group.NOT_PROCESSED, 17),
	/** （五）不予处理 3.要求提供公开出版物 */
	NOT_PROCESSED_PUBLICATION(Group.NOT_PROCESSED, 18),
	/** （五）不予处理 4.无正当理由大量反复申请 */
	NOT_PROCESSED_MASS_REQUESTS(Group.NOT_PROCESSED, 19),
	/** （五）不予处理 5.要求行政机关确认或重新出具已获取信息 */
	NOT_PROCESSED_CONFIRMATION(Group.NOT_PROCESSED, 20),
	/** （六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 */
	OTHER_NO_CORRECTION(Group.OTHER, 21),
	/** （六）其他处理 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 */
	OTHER_FEE_UNPAID(Group.OTHER, 22),
	/** （六）其他处理 3.其他 */
	OTHER(Group.OTHER, 23);

	private final Group group;

	private final int row;

	Outcome(Group group, int row) {
		this.group = group;
		this.row = row;
	}

	public Group group() {
		return this.group;
	}

	/** The row of table 三 that counts this outcome. */
	public int row() {
		return this.row;
	}

	/** 予以公开 / 部分公开 / 不予公开 / 无法提供 / 不予处理 / 其他处理. */
	public enum Group {

		DISCLOSED, PARTLY_DISCLOSED, WITHHELD, UNAVAILABLE, NOT_PROCESSED, OTHER

	}

}
