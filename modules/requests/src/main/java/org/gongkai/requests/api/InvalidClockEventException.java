package org.gongkai.requests.api;

import org.gongkai.web.ProblemException;

import org.springframework.http.HttpStatus;

/**
 * A sequence of clock events the regulation does not allow: 400 when an event is
 * malformed in itself, 409 when it conflicts with what happened before.
 */
public class InvalidClockEventException extends ProblemException {

	private final Reason reason;

	public InvalidClockEventException(Reason reason, Object... arguments) {
		super(reason.status, "requests.deadline.problem." + reason.code, arguments);
		this.reason = reason;
	}

	public Reason reason() {
		return this.reason;
	}

	/** What is wrong; each has a message under {@code requests.deadline.problem.}. */
	public enum Reason {

		/** The first event is not the receipt. */
		NO_RECEIPT(HttpStatus.BAD_REQUEST, "no-receipt"),
		/** The request was received twice. */
		SECOND_RECEIPT(HttpStatus.CONFLICT, "second-receipt"),
		/** An event is dated before the receipt. */
		BEFORE_RECEIPT(HttpStatus.BAD_REQUEST, "before-receipt"),
		/** An event is dated before the one recorded before it. */
		OUT_OF_ORDER(HttpStatus.BAD_REQUEST, "out-of-order"),
		/** An event is dated after the day the deadline is computed for. */
		FUTURE_EVENT(HttpStatus.BAD_REQUEST, "future-event"),
		/** The 补正 notice came later than 7 working days after receipt. */
		CORRECTION_TOO_LATE(HttpStatus.CONFLICT, "correction-too-late"),
		/** A second 补正 notice: the regulation allows one (一次性). */
		SECOND_CORRECTION(HttpStatus.CONFLICT, "second-correction"),
		/** The correction period ends before the day after the notice. */
		CORRECTION_PERIOD(HttpStatus.BAD_REQUEST, "correction-period"),
		/** A corrected request without an open 补正 notice. */
		NOT_AWAITING_CORRECTION(HttpStatus.CONFLICT, "not-awaiting-correction"),
		/** A consultation ended that had not started. */
		CONSULTATION_NOT_STARTED(HttpStatus.CONFLICT, "consultation-not-started"),
		/** A second extension: the regulation allows one. */
		SECOND_EXTENSION(HttpStatus.CONFLICT, "second-extension"),
		/** An extension of fewer than 1 or more than 20 working days. */
		EXTENSION_RANGE(HttpStatus.BAD_REQUEST, "extension-range"),
		/** An extension decided after the deadline it extends had passed. */
		EXTENSION_AFTER_DEADLINE(HttpStatus.CONFLICT, "extension-after-deadline"),
		/** A second fee notice. */
		SECOND_FEE_NOTICE(HttpStatus.CONFLICT, "second-fee-notice"),
		/** A payment or waiver without an open fee notice. */
		NO_FEE_NOTICE(HttpStatus.CONFLICT, "no-fee-notice"),
		/** The event needs a running clock, but it is stopped for 补正. */
		CLOCK_STOPPED_FOR_CORRECTION(HttpStatus.CONFLICT, "clock-stopped-for-correction"),
		/** The event needs a running clock, but a consultation pauses it. */
		CLOCK_PAUSED_FOR_CONSULTATION(HttpStatus.CONFLICT, "clock-paused-for-consultation"),
		/** The event needs a running clock, but a fee notice pauses it. */
		CLOCK_PAUSED_FOR_FEE(HttpStatus.CONFLICT, "clock-paused-for-fee"),
		/** The request was deemed abandoned before this event. */
		LAPSED(HttpStatus.CONFLICT, "lapsed");

		private final HttpStatus status;

		private final String code;

		Reason(HttpStatus status, String code) {
			this.status = status;
			this.code = code;
		}

		public HttpStatus status() {
			return this.status;
		}

		/** The message key's last part. */
		public String code() {
			return this.code;
		}

	}

}
