package org.gongkai.requests.api;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * The outcome of a case: any result but {@link ReviewOutcome#PENDING} closes it on
 * {@code closedOn}; {@code PENDING} (re)opens it, for a result recorded by mistake.
 *
 * @param result how it ended (the case's new {@code outcome})
 * @param summary replaces the case's summary when given
 * @param version the case's version as the recorder saw it; a case changed meanwhile is
 * refused
 */
public record CaseOutcome(@Nullable ReviewOutcome result, @Nullable LocalDate closedOn, @Nullable String summary,
		@Nullable Long version) {
}
