package org.gongkai.disclosure.api;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The current town's catalogue tree. Every town starts with the standard township tree;
 * its administrator adds, renames, reorders and retires categories without breaking filed
 * items. Every change is written to the town's audit trail.
 */
public interface CategoryService {

	/**
	 * The tree, top level first, each level in its order; retired categories included and
	 * marked.
	 */
	List<Category> tree();

	/** A new category at the end of its level; under {@code parentId}, or at the top. */
	Category add(@Nullable UUID parentId, String name);

	Category rename(UUID id, String name, long version);

	/** Moves the category to {@code position} (1-based) among its siblings. */
	Category move(UUID id, int position, long version);

	Category retire(UUID id, long version);

}
