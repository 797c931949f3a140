package org.gongkai.requests.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One request as its staff see it: the application, where it stands, the decision
 * (proposed or approved) and its timeline.
 *
 * @param decidedBy the officer who proposed the decision; set while it waits for a
 * reviewer
 * @param decisionReviewer the reviewer who approved it; {@code decidedOn} is set with it
 */
public record RequestDetail(String trackingCode, IntakeChannel channel, ApplicantType applicantType, String name,
		@Nullable String idNumber, @Nullable String organizationName, @Nullable String creditCode, String phone,
		@Nullable String email, @Nullable String address, String description, InformationForm form, Delivery delivery,
		Instant submittedAt, @Nullable LocalDate receivedOn, @Nullable LocalDate dueOn, RequestState state,
		@Nullable String officer, @Nullable Outcome outcome, @Nullable String decisionText, @Nullable String legalBasis,
		@Nullable String decidedBy, @Nullable String decisionReviewer, @Nullable LocalDate decidedOn,
		@Nullable Delivery deliveryMethod, @Nullable LocalDate deliveredOn, List<Event> timeline) {

	public RequestDetail {
		timeline = List.copyOf(timeline);
	}

	/** A decision is written and waits for a reviewer's approval. */
	public boolean decisionWaiting() {
		return this.state.isOpen() && this.decidedBy != null;
	}

	/**
	 * The same request with the applicant's name, ID, phone and contact details masked.
	 */
	public RequestDetail masked() {
		return new RequestDetail(trackingCode, channel, applicantType, Masking.name(name), Masking.idNumber(idNumber),
				organizationName, creditCode, Masking.phone(phone), (email != null) ? "***" : null,
				(address != null) ? "***" : null, description, form, delivery, submittedAt, receivedOn, dueOn, state,
				officer, outcome, decisionText, legalBasis, decidedBy, decisionReviewer, decidedOn, deliveryMethod,
				deliveredOn, timeline);
	}

	/**
	 * @param kind what happened, as a message key under {@code requests.event.}
	 * @param actor who did it ({@code anonymous} for the applicant online)
	 */
	public record Event(String kind, Instant at, String actor, String detail) {
	}

}
