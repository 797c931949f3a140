package org.gongkai.requests.api;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * 征求第三方意见 on the current town's requests (regulation arts. 32–34): the letter to the
 * party, the 15 working days it has to answer, and its answer. Starting one pauses the
 * reply deadline and the answer resumes it, through {@link RequestClock} in the same
 * transaction; every step audited and on the applicant's timeline.
 */
public interface RequestConsultations {

	/**
	 * Sends a consultation: stores it and pauses the clock from {@code sentOn}.
	 * @throws RequestException 400 for a blank party, contact or question or a missing or
	 * future date; 409 when the request is closed or a consultation is already open
	 */
	Consultation start(String trackingCode, NewConsultation consultation, String actor);

	/**
	 * Records the party's answer and resumes the clock. For
	 * {@link Consultation.Answer#NO_ANSWER} the consultation ends on its reply due date,
	 * which must have passed; {@code answeredOn} is then not needed.
	 */
	Consultation answer(String trackingCode, long consultationId, Consultation.@Nullable Answer answer,
			@Nullable LocalDate answeredOn, @Nullable String note, String actor);

	/** The request's consultations, oldest first. */
	List<Consultation> list(String trackingCode);

	Consultation get(String trackingCode, long consultationId);

	/** The consultation letter (征求意见函) as a Word document. */
	byte[] letterDocx(String trackingCode, long consultationId);

	/**
	 * The consultation letter as PDF with a Chinese font embedded.
	 * @throws org.gongkai.web.ProblemException (503) when the server has no Chinese font
	 */
	byte[] letterPdf(String trackingCode, long consultationId);

}
