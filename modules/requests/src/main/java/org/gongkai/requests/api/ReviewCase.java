package org.gongkai.requests.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A 行政复议 or 行政诉讼 case about one of the town's requests.
 *
 * @param route litigation only
 * @param reconsiderationCaseId the reconsideration a suit after reconsideration follows
 * @param closedOn when it was decided (审结); null while {@code PENDING}
 */
public record ReviewCase(UUID id, long version, String trackingCode, ReviewKind kind, @Nullable LitigationRoute route,
		@Nullable UUID reconsiderationCaseId, String body, String caseNumber, LocalDate filedOn, ReviewOutcome outcome,
		@Nullable LocalDate closedOn, @Nullable String summary, String openedBy, Instant openedAt, String updatedBy,
		Instant updatedAt) {
}
