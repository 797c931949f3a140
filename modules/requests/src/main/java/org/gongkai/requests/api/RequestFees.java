package org.gongkai.requests.api;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * 信息处理费: processing fees on the current town's requests (regulation art. 42,
 * 《政府信息公开信息处理费管理办法》国办函〔2020〕109号). Staff quote a fee by one of the two methods, send the
 * 收费通知 (which pauses or keeps the reply deadline as the town's setting says), and record
 * the payment or a waiver; a notice not paid within 20 working days lapses and the
 * request closes as {@link Outcome#OTHER_FEE_UNPAID}. Every change is audited and on the
 * applicant's timeline.
 */
public interface RequestFees {

	/** The most pages a fee is computed for: far beyond any real request. */
	int MAX_PAGES = 100_000;

	/**
	 * What the request would cost; nothing is stored. 按件计收 counts the applicant's
	 * requests to this town received in the same calendar month up to and including this
	 * one (the applicant known by ID number or credit code, else by name and phone).
	 * @param pages 按量计收: the pages to supply, 0 or more; must be absent for 按件计收
	 * @throws RequestException (400) naming the method or pages at fault
	 */
	Fee quote(String trackingCode, @Nullable FeeMethod method, @Nullable Integer pages);

	/**
	 * Sends the fee notice: stores it with its bands and records the fee notice on the
	 * request's clock, in one transaction.
	 * @param sentOn the day it went out (taken as the day the applicant received it), not
	 * in the future
	 * @throws RequestException (400) for a free fee (no notice is sent for nothing), a
	 * missing or bad method, pages or date; (409) for a closed request
	 * @throws FeeNoticeException (409) when a notice is already waiting for payment
	 * @throws InvalidClockEventException when the clock does not allow it now (the clock
	 * stopped for a correction, a second notice after payment…)
	 */
	FeeNotice notice(String trackingCode, @Nullable FeeMethod method, @Nullable Integer pages,
			@Nullable LocalDate sentOn, String actor);

	/**
	 * The applicant paid the waiting notice: the deadline resumes.
	 * @throws FeeNoticeException (409) when no notice is waiting
	 * @throws InvalidClockEventException (409) when the payment period had already ended
	 */
	FeeNotice paid(String trackingCode, @Nullable LocalDate paidOn, String actor);

	/**
	 * The office waives the fee of the waiting notice: the deadline resumes.
	 * @throws RequestException (400) without a reason
	 * @throws FeeNoticeException (409) when no notice is waiting
	 */
	FeeNotice waived(String trackingCode, @Nullable LocalDate waivedOn, @Nullable String reason, String actor);

	/**
	 * The request's notices, oldest first; an unpaid notice whose period has ended shows
	 * as {@link FeeNotice.State#LAPSED} even before the request is closed for it.
	 */
	List<FeeNotice> notices(String trackingCode);

	/** The fees paid in {@code year} (by payment date), for the annual report. */
	FeesCollected collected(int year);

	/**
	 * The latest notice as the 收费通知书 to send, a Word document.
	 * @throws FeeNoticeException (404) when none was sent
	 */
	byte[] noticeDocx(String trackingCode);

	/**
	 * The same as PDF with a Chinese font embedded.
	 * @throws org.gongkai.web.ProblemException (503) naming the font package to install
	 * when the server has no Chinese font
	 */
	byte[] noticePdf(String trackingCode);

	/**
	 * Closes the current town's requests whose fee notice went unpaid past its period, as
	 * {@link Outcome#OTHER_FEE_UNPAID}, and marks those notices lapsed.
	 * @return how many were closed
	 */
	int closeLapsed();

}
