package org.gongkai.requests.api;

import java.time.LocalDate;

/**
 * Something that happened to a request's reply deadline (答复期限), in the order it was
 * recorded. The deadline is never stored as such: it is recomputed from these events and
 * the working-day calendar, so a corrected holiday schedule re-dates every open request.
 */
public sealed interface ClockEvent {

	/** The day it happened. */
	LocalDate on();

	/**
	 * 收到申请之日: the receipt date of art. 31 (for online and fax requests the day both sides
	 * confirmed). The 20 working days are counted from the day after.
	 */
	record Received(LocalDate on) implements ClockEvent {
	}

	/**
	 * 补正通知: the one-time notice asking the applicant to correct the request, at most 7
	 * working days after receipt (art. 30). The clock stops; without a correction by
	 * {@code correctBy} the request is deemed abandoned.
	 *
	 * @param correctBy the last day the applicant may correct, set by the agency
	 */
	record CorrectionRequested(LocalDate on, LocalDate correctBy) implements ClockEvent {
	}

	/**
	 * The corrected request arrived: a fresh 20 working days run from the day after
	 * {@code receivedOn}; the days used before the notice are not carried.
	 */
	record Corrected(LocalDate receivedOn) implements ClockEvent {

		@Override
		public LocalDate on() {
			return this.receivedOn;
		}

	}

	/**
	 * 征求第三方意见 (or another agency's opinion, arts. 32 and 34): the time spent is not
	 * counted (art. 33 ¶3), so the clock pauses.
	 *
	 * @param party who is consulted, as shown in the explanation
	 */
	record ConsultationStarted(LocalDate on, String party) implements ClockEvent {
	}

	/**
	 * The consulted party answered, or its 15 working days ran out: the clock resumes.
	 */
	record ConsultationEnded(LocalDate on) implements ClockEvent {
	}

	/**
	 * 延长答复期限: once, by 1 to 20 working days, approved by the head of the disclosure
	 * office and notified to the applicant (art. 33 ¶2).
	 */
	record Extended(LocalDate on, int workingDays, String reason, String approvedBy) implements ClockEvent {
	}

	/**
	 * 收费通知: the applicant must pay within 20 working days counted from the day after
	 * receiving it; {@code on} is taken as that day of receipt.
	 */
	record FeeNoticeSent(LocalDate on) implements ClockEvent {
	}

	/** The fee of the notice was paid. */
	record FeePaid(LocalDate on) implements ClockEvent {
	}

	/** The agency waived the fee of the notice. */
	record FeeWaived(LocalDate on) implements ClockEvent {
	}

}
