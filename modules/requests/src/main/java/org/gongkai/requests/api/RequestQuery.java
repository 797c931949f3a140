package org.gongkai.requests.api;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * Inbox filters, all optional.
 *
 * @param dueBy deadline on or before this day
 * @param page 0-based
 */
public record RequestQuery(@Nullable RequestState state, @Nullable LocalDate dueBy, @Nullable IntakeChannel channel,
		@Nullable String officer, int page, int size) {

	/** The largest page. */
	public static final int MAX_SIZE = 100;

	public RequestQuery {
		page = Math.max(page, 0);
		size = Math.min(Math.max(size, 1), MAX_SIZE);
	}

}
