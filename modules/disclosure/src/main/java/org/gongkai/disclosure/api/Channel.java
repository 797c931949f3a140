package org.gongkai.disclosure.api;

/** 公开方式: where an item is published; an item may go out through several. */
public enum Channel {

	/** 政府网站 */
	WEBSITE,
	/** 政务新媒体 */
	NEW_MEDIA,
	/** 公开栏 */
	NOTICEBOARD,
	/** 公开资料 */
	PRINTED,
	/** 报刊广播电视 */
	PRESS,
	/** 其他 */
	OTHER

}
