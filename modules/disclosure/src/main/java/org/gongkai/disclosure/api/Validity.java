package org.gongkai.disclosure.api;

/** 有效性: 现行有效 / 已失效 / 已废止. */
public enum Validity {

	IN_FORCE, EXPIRED, REPEALED

}
