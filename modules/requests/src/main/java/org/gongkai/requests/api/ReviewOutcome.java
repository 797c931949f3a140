package org.gongkai.requests.api;

/**
 * How a reconsideration or lawsuit ended, in table 四's four columns: 结果维持, 结果纠正, 其他结果,
 * 尚未审结.
 */
public enum ReviewOutcome {

	/** 结果维持: the town's act stands. */
	UPHELD,

	/**
	 * 结果纠正: the act was revoked, changed, confirmed unlawful or the town ordered to act.
	 */
	CORRECTED,

	/** 其他结果: withdrawn, dismissed without a ruling on the act, settled… */
	OTHER,

	/** 尚未审结: still open. */
	PENDING;

	public boolean closed() {
		return this != PENDING;
	}

}
