package org.gongkai.requests.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What the status page shows the applicant: the state, the current deadline and the
 * timeline of steps, nothing personal.
 */
public record RequestStatus(String trackingCode, RequestState state, @Nullable LocalDate receivedOn,
		@Nullable LocalDate deadline, List<Step> timeline) {

	/**
	 * @param kind what happened, as a message key under {@code requests.event.}
	 */
	public record Step(String kind, Instant at) {
	}

}
