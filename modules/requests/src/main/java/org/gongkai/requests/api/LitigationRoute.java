package org.gongkai.requests.api;

/** How a lawsuit reached the court; table 四 counts the two routes in separate blocks. */
public enum LitigationRoute {

	/** 未经复议直接起诉. */
	DIRECT,

	/** 复议后起诉: after a reconsideration case about the same request. */
	AFTER_RECONSIDERATION

}
