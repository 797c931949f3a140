package org.gongkai.requests.api;

import java.time.LocalDate;

/**
 * The current town's requests as its staff handle them: registering applications that
 * came in person, by letter, fax or e-mail, the inbox, and assignment. Every change is
 * audited.
 */
public interface RequestDesk {

	/**
	 * Registers an application received off line, with the receipt date the regulation
	 * gives its channel (art. 31): not in the future.
	 * @throws RequestException (400) naming every field at fault; nothing is stored
	 */
	RequestReceipt register(NewRequest request, IntakeChannel channel, LocalDate receivedOn);

	/**
	 * Open and closed requests, soonest deadline first, with due-soon and overdue marks.
	 */
	RequestPage inbox(RequestQuery query);

	/**
	 * The request with its timeline, personal data whole (the caller masks it for those
	 * who may not see it).
	 * @throws RequestException (404) when the town has no such request
	 */
	RequestDetail detail(String trackingCode);

	/** Hands the request to a request officer. */
	RequestSummary assign(String trackingCode, String officer);

}
