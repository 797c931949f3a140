package org.gongkai.disclosure.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * 公开信息: one item of the town's catalogue with the metadata government sites show.
 *
 * @param revision 1 for the first published text; each edit after publication adds one
 * @param indexNumber 索引号, given at publication: {@code {credit code}/{year}-{serial}}
 * @param publicationDue the 20th working day after {@code formedOn} (regulation art. 26)
 * @param scheduledAt when a scheduled item goes out
 * @param expiresOn when the item stops being in force (marked 已失效 that day)
 * @param body sanitised HTML
 * @param submittedAt when it was last submitted for review
 * @param reviewNote the reviewer's reason when an item was sent back
 * @param late published after its due date
 */
public record CatalogueItem(UUID id, long version, int revision, @Nullable String indexNumber, String title,
		String publisher, @Nullable String documentNumber, LocalDate formedOn, LocalDate publicationDue,
		boolean dueProvisional, @Nullable LocalDate publishedOn, @Nullable Instant scheduledAt,
		@Nullable LocalDate expiresOn, UUID categoryId, Set<Channel> channels, String audience, Validity validity,
		String keywords, String summary, String body, ItemState state, String createdBy, @Nullable String submittedBy,
		@Nullable Instant submittedAt, @Nullable String reviewedBy, @Nullable Instant reviewedAt,
		@Nullable String reviewNote, @Nullable String withdrawnBy, @Nullable Instant withdrawnAt,
		@Nullable String withdrawnReason, boolean late, List<Attachment> attachments, Instant updatedAt) {

	/** Citizens can read it: published, or published and since expired. */
	public boolean isPublic() {
		return state == ItemState.PUBLISHED || state == ItemState.EXPIRED;
	}

}
