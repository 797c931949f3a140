package org.gongkai.requests.api;

/** 信息的形式: on paper or electronic. */
public enum InformationForm {

	PAPER, ELECTRONIC

}
