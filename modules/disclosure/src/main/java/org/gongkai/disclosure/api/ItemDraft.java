package org.gongkai.disclosure.api;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What an editor enters for an item; checked field by field by {@link CatalogueService}.
 *
 * @param body rich text (HTML); formatting is kept, scripts and active content refused
 * @param expiresOn optional: the day the item stops being in force
 */
public record ItemDraft(@Nullable String title, @Nullable String publisher, @Nullable String documentNumber,
		@Nullable LocalDate formedOn, @Nullable UUID categoryId, @Nullable Set<Channel> channels,
		@Nullable String audience, @Nullable Validity validity, @Nullable String keywords, @Nullable String summary,
		@Nullable String body, @Nullable LocalDate expiresOn) {

	/** The draft of an existing item, to edit it. */
	public static ItemDraft of(CatalogueItem item) {
		return new ItemDraft(item.title(), item.publisher(), item.documentNumber(), item.formedOn(), item.categoryId(),
				item.channels(), item.audience(), item.validity(), item.keywords(), item.summary(), item.body(),
				item.expiresOn());
	}

}
