package org.gongkai.requests.api;

import java.time.LocalDate;

import org.gongkai.web.ProblemException;

import org.springframework.http.HttpStatus;

/**
 * A fee step that conflicts with the request's notices: a second notice while one is
 * waiting for payment (409), a payment or waiver without a waiting notice (409), a letter
 * asked for before any notice (404).
 */
public class FeeNoticeException extends ProblemException {

	private FeeNoticeException(HttpStatus status, String reason, Object... arguments) {
		super(status, "requests.problem." + reason, arguments);
	}

	public static FeeNoticeException alreadyOpen(String trackingCode, LocalDate sentOn, LocalDate payBy) {
		return new FeeNoticeException(HttpStatus.CONFLICT, "fee-notice-open", trackingCode, sentOn, payBy);
	}

	public static FeeNoticeException noneOpen(String trackingCode) {
		return new FeeNoticeException(HttpStatus.CONFLICT, "no-open-fee-notice", trackingCode);
	}

	public static FeeNoticeException none(String trackingCode) {
		return new FeeNoticeException(HttpStatus.NOT_FOUND, "no-fee-notice", trackingCode);
	}

}
