package org.gongkai.requests.api;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * 征求第三方意见: one written consultation of a third party (art. 32) or another agency (art.
 * 34) about a request. While it is open the reply deadline is paused (art. 33 ¶3).
 *
 * @param contact the party's address or other contact, where the letter goes
 * @param question what the town asks: which information, and why its disclosure may touch
 * the party's lawful rights
 * @param replyDueOn the 15th working day after {@code sentOn}: the party's time to answer
 * @param replyDueProvisional the holiday schedule of that year is not entered yet
 * @param answeredOn the day the answer came, or for {@link Answer#NO_ANSWER} the day the
 * 15 working days ran out; {@code null} while open
 */
public record Consultation(long id, String trackingCode, String party, String contact, String question,
		LocalDate sentOn, LocalDate replyDueOn, boolean replyDueProvisional, @Nullable LocalDate answeredOn,
		@Nullable Answer answer, @Nullable String note, String startedBy, @Nullable String answeredBy,
		Instant createdAt) {

	public boolean open() {
		return this.answer == null;
	}

	/** What the consulted party said. */
	public enum Answer {

		/** 同意公开 */
		AGREES,
		/** 不同意公开: with reasonable grounds the information is withheld (art. 32) */
		OBJECTS,
		/** 逾期未答复: the office decides under the regulation */
		NO_ANSWER

	}

}
