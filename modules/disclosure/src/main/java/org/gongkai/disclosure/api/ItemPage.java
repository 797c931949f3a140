package org.gongkai.disclosure.api;

import java.util.List;

/**
 * One page of a longer list.
 *
 * @param page 0-based
 */
public record ItemPage<T>(List<T> content, int page, int size, long total) {

	public int totalPages() {
		return (int) ((total + size - 1) / size);
	}

	public boolean hasNext() {
		return page + 1 < totalPages();
	}

	public boolean hasPrevious() {
		return page > 0;
	}

}
