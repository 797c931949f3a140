package org.gongkai.requests.api;

/**
 * How a 信息处理费 (processing fee) is computed (国办函〔2020〕109号, art. 3). The office picks one
 * method per request and never applies both to the same request.
 */
public enum FeeMethod {

	/**
	 * 按件计收: by the request's position among the applicant's requests in the calendar
	 * month; applies to every kind of decision.
	 */
	PER_REQUEST,

	/**
	 * 按量计收: by the pages of this request; applies when the information is supplied on
	 * paper, by e-mail or as a copy of electronic data.
	 */
	PER_PAGE

}
