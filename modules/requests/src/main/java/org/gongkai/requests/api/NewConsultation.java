package org.gongkai.requests.api;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A consultation letter to send, as the officer enters it.
 *
 * @param party the third party (person, company or agency) consulted
 * @param contact its address or other contact
 * @param question what the town asks
 * @param sentOn the day the letter is sent; the clock pauses from that day
 */
public record NewConsultation(@Nullable String party, @Nullable String contact, @Nullable String question,
		@Nullable LocalDate sentOn) {
}
