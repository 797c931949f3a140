package org.gongkai.disclosure.api;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What an editor enters for a new item; checked field by field by
 * {@link CatalogueService}.
 */
public record ItemDraft(@Nullable String title, @Nullable String publisher, @Nullable String documentNumber,
		@Nullable LocalDate formedOn, @Nullable UUID categoryId, @Nullable Set<Channel> channels,
		@Nullable String audience, @Nullable Validity validity, @Nullable String keywords, @Nullable String summary,
		@Nullable String body) {
}
