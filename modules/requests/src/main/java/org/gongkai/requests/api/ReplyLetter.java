package org.gongkai.requests.api;

import java.time.LocalDate;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * 政府信息公开申请答复告知书: the reply letter that tells the applicant the decision (regulation art.
 * 36 and 37), as the officer finally worded it. It carries text, not entities, so the
 * same letter renders to DOCX for editing and to PDF for delivery and the file.
 *
 * @param town the deciding town's full name as it signs and seals, such as
 * {@code 昌吉市滨湖镇人民政府}
 * @param trackingCode the request's 查询码
 * @param receivedOn 收到申请之日, from which the statutory deadline ran
 * @param applicant the applicant's name, a person's or an organisation's
 * @param description the information requested, in the applicant's words
 * @param outcome the decision, which picks the letter's title
 * @param decision the body of the letter as the officer edited it; line breaks separate
 * paragraphs
 * @param legalBasis the provisions the decision rests on, such as
 * {@code 《中华人民共和国政府信息公开条例》第三十七条}
 * @param decidedOn the date of the letter
 * @param contact a line telling the applicant whom to call, if the town gives one
 * @param documentNumber the letter's 文号, such as {@code 滨湖镇依申公开〔2026〕12号}, if the town
 * numbers its letters
 */
public record ReplyLetter(String town, String trackingCode, LocalDate receivedOn, String applicant, String description,
		Outcome outcome, String decision, String legalBasis, LocalDate decidedOn, @Nullable String contact,
		@Nullable String documentNumber) {

	public ReplyLetter {
		Objects.requireNonNull(town, "town");
		Objects.requireNonNull(trackingCode, "trackingCode");
		Objects.requireNonNull(receivedOn, "receivedOn");
		Objects.requireNonNull(applicant, "applicant");
		Objects.requireNonNull(description, "description");
		Objects.requireNonNull(outcome, "outcome");
		Objects.requireNonNull(decision, "decision");
		Objects.requireNonNull(legalBasis, "legalBasis");
		Objects.requireNonNull(decidedOn, "decidedOn");
		// blank optional lines would print an empty 联系人 line or a bare title block
		contact = (contact == null || contact.isBlank()) ? null : contact.strip();
		documentNumber = (documentNumber == null || documentNumber.isBlank()) ? null : documentNumber.strip();
	}

	/** A letter whose body is still to be drafted, without contact line or number. */
	public ReplyLetter(String town, String trackingCode, LocalDate receivedOn, String applicant, String description,
			Outcome outcome, String legalBasis, LocalDate decidedOn) {
		this(town, trackingCode, receivedOn, applicant, description, outcome, "", legalBasis, decidedOn, null, null);
	}

	/** The same letter with the body the officer edited. */
	public ReplyLetter withDecision(String decision) {
		return new ReplyLetter(this.town, this.trackingCode, this.receivedOn, this.applicant, this.description,
				this.outcome, decision, this.legalBasis, this.decidedOn, this.contact, this.documentNumber);
	}

}
