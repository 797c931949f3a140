package org.gongkai.requests.api;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A reconsideration or lawsuit to open on a request, as the town learns of it (the
 * reconsideration body's or court's notice). Every field may be missing here so that all
 * problems are reported at once.
 *
 * @param route litigation only
 * @param reconsiderationCaseId for a suit after reconsideration: the reconsideration case
 * on the same request it follows
 * @param body 复议机关 or 法院
 * @param caseNumber the body's own number, e.g. {@code 昌政复〔2025〕12号} or
 * {@code （2025）新2301行初15号}
 * @param filedOn when the reconsideration was applied for or the suit filed
 */
public record NewReviewCase(@Nullable ReviewKind kind, @Nullable LitigationRoute route,
		@Nullable UUID reconsiderationCaseId, @Nullable String body, @Nullable String caseNumber,
		@Nullable LocalDate filedOn, @Nullable String summary) {
}
