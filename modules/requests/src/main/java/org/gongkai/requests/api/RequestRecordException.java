package org.gongkai.requests.api;

import java.util.Map;

import org.gongkai.web.ProblemException;

import org.springframework.http.HttpStatus;

/**
 * A review case or document that is not on the request named (404), or a case changed
 * since the caller read it (409).
 */
public class RequestRecordException extends ProblemException {

	private RequestRecordException(HttpStatus status, String reason, Object... arguments) {
		super(status, "requests.problem." + reason, Map.of(), arguments);
	}

	public static RequestRecordException caseNotFound(String trackingCode) {
		return new RequestRecordException(HttpStatus.NOT_FOUND, "case-not-found", trackingCode);
	}

	public static RequestRecordException documentNotFound(String trackingCode) {
		return new RequestRecordException(HttpStatus.NOT_FOUND, "document-not-found", trackingCode);
	}

	public static RequestRecordException caseChanged(String caseNumber) {
		return new RequestRecordException(HttpStatus.CONFLICT, "case-changed", caseNumber);
	}

}
