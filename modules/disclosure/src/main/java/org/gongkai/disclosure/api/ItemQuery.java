package org.gongkai.disclosure.api;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Filters for the staff list; all optional.
 *
 * @param categoryId a category; its sub-categories are included
 * @param year the year published, or formed for items not yet published
 * @param text words of the title, 文号 or keywords
 * @param page 0-based
 */
public record ItemQuery(@Nullable ItemState state, @Nullable UUID categoryId, @Nullable Integer year,
		@Nullable Channel channel, @Nullable String text, int page, int size) {

	public static final int MAX_PAGE_SIZE = 100;

	public ItemQuery {
		page = Math.max(page, 0);
		size = Math.min(Math.max(size, 1), MAX_PAGE_SIZE);
	}

}
