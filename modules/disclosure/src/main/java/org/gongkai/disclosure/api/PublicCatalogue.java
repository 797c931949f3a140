package org.gongkai.disclosure.api;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What citizens may read of the current town's catalogue: published items (and those
 * since marked expired), never drafts or withdrawn ones.
 */
public interface PublicCatalogue {

	/**
	 * Newest publication first.
	 * @param categoryId a category; its sub-categories are included
	 * @param year the publication year
	 */
	ItemPage<CatalogueItem> browse(@Nullable UUID categoryId, @Nullable Integer year, int page, int size);

	Optional<CatalogueItem> item(UUID id);

	Optional<AttachmentFile> attachment(UUID id, UUID attachmentId);

	/**
	 * Full-text search: Chinese by character bigrams (公开 finds 政府信息公开), numbers and Latin
	 * words by word; best match first.
	 */
	ItemPage<SearchHit> search(String text, @Nullable UUID categoryId, @Nullable Integer year, int page, int size);

	/** Years with publications, newest first. */
	List<Integer> years();

	/** Public items per category id, sub-categories counted in their own id only. */
	Map<UUID, Long> countsByCategory();

}
