package org.gongkai.requests.api;

import java.time.LocalDate;

/**
 * Decisions on the current town's requests: the officer writes one in the annual report's
 * taxonomy with its legal basis, a reviewer approves it, the reply letter is printed, and
 * its delivery recorded. Every step audited and on the applicant's timeline.
 */
public interface RequestDecisions {

	/**
	 * The officer's decision, waiting for a reviewer; a new one replaces a waiting one.
	 */
	void propose(String trackingCode, Outcome outcome, String decisionText, String legalBasis, String officer);

	/** The reviewer approves the waiting decision: the request is decided today. */
	void approve(String trackingCode, String reviewer);

	/** 送达: how and when the reply reached the applicant. */
	void delivered(String trackingCode, Delivery method, LocalDate on);

	/** The reply letter of a decided request. */
	ReplyLetter letter(String trackingCode);

	/** The reply letter as a Word document. */
	byte[] letterDocx(String trackingCode);

	/**
	 * The reply letter as PDF with a Chinese font embedded.
	 * @throws org.gongkai.web.ProblemException (503) naming the font package to install
	 * when the server has no Chinese font
	 */
	byte[] letterPdf(String trackingCode);

}
