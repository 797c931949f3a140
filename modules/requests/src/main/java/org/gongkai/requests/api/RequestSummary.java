package org.gongkai.requests.api;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A request as the staff inbox lists it. Personal data is whole here; the web layer masks
 * it for anyone but the town's request officers and reviewers.
 *
 * @param dueSoon three working days or fewer left
 * @param overdue the deadline has passed without a decision
 */
public record RequestSummary(String trackingCode, IntakeChannel channel, ApplicantType applicantType,
		String applicantName, @Nullable String idNumber, String phone, String description,
		@Nullable LocalDate receivedOn, @Nullable LocalDate dueOn, RequestState state, @Nullable String officer,
		boolean dueSoon, boolean overdue) {

	/** The same request with the applicant's name, ID and phone masked. */
	public RequestSummary masked() {
		return new RequestSummary(trackingCode, channel, applicantType, Masking.name(applicantName),
				Masking.idNumber(idNumber), Masking.phone(phone), description, receivedOn, dueOn, state, officer,
				dueSoon, overdue);
	}

}
