package org.gongkai.disclosure.api;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * 公开信息: one item of the town's catalogue with the metadata government sites show.
 *
 * @param indexNumber 索引号, given at publication: {@code {credit code}/{year}-{serial}}
 * @param publicationDue the 20th working day after {@code formedOn} (regulation art. 26)
 * @param late published after its due date
 */
public record CatalogueItem(UUID id, long version, @Nullable String indexNumber, String title, String publisher,
		@Nullable String documentNumber, LocalDate formedOn, LocalDate publicationDue, boolean dueProvisional,
		@Nullable LocalDate publishedOn, UUID categoryId, Set<Channel> channels, String audience, Validity validity,
		String keywords, String summary, String body, ItemState state, String createdBy, @Nullable String reviewedBy,
		@Nullable String withdrawnReason, boolean late) {
}
