package org.gongkai.requests.api;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * 收费通知: a processing-fee notice sent to the applicant of one request, with the fee as it
 * was stated and what became of it.
 *
 * @param id the notice's number within the town
 * @param nthRequestOfMonth 按件计收: the request's position among its applicant's requests of
 * the calendar month; {@code null} for 按量计收
 * @param pages 按量计收: the pages of the request; {@code null} for 按件计收
 * @param fee the amount and its bands, as the notice stated them
 * @param sentOn the day the notice was sent, taken as the day the applicant received it
 * @param payBy the last day to pay: the 20th working day after {@code sentOn}
 * @param settledOn the day it was paid or waived, or the first day after the payment
 * period for a lapsed one
 * @param waiverReason why the office waived the fee
 * @param sentBy who sent it
 * @param settledBy who recorded the payment or the waiver
 */
public record FeeNotice(long id, String trackingCode, FeeMethod method, @Nullable Integer nthRequestOfMonth,
		@Nullable Integer pages, Fee fee, LocalDate sentOn, LocalDate payBy, State state, @Nullable LocalDate settledOn,
		@Nullable String waiverReason, String sentBy, @Nullable String settledBy) {

	/** Whether the applicant may still pay it (or the office waive it). */
	public boolean open() {
		return this.state == State.NOTICE_SENT;
	}

	/** Where a notice stands. */
	public enum State {

		/** Sent; the applicant has until {@code payBy} to pay. */
		NOTICE_SENT,

		/** Paid: counts in the year's fees collected. */
		PAID,

		/** The office waived the fee; nothing was collected. */
		WAIVED,

		/**
		 * Not paid by {@code payBy}: the request is deemed abandoned and closed as
		 * {@link Outcome#OTHER_FEE_UNPAID}.
		 */
		LAPSED

	}

}
