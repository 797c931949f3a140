package org.gongkai.requests.api;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Applications reaching the current town online, and the applicant's view of them.
 */
public interface RequestIntake {

	/**
	 * Stores an online application and confirms its receipt at once (the confirmation the
	 * applicant sees is the 双方确认 of art. 31), so it is received on the day it is
	 * submitted, working day or not: the receipt day itself never counts, so the 20
	 * working days start on the next working day either way.
	 * @param idempotencyKey the client's key: the same key answers the same request, so a
	 * double submit or a retry stores one request
	 * @throws RequestException (400) naming every field at fault; nothing is stored
	 */
	RequestReceipt submit(NewRequest request, @Nullable String idempotencyKey);

	/**
	 * The request with that tracking code, if the last four digits of its phone number
	 * match: a wrong pair says no more than an unknown code.
	 */
	Optional<RequestStatus> status(String trackingCode, String phoneLast4);

	/**
	 * The receipt of the request with that tracking code, for the page that confirms a
	 * submission: the code is unguessable and the receipt holds nothing personal.
	 */
	Optional<RequestReceipt> receipt(String trackingCode);

}
