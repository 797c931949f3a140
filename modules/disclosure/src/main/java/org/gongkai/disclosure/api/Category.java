package org.gongkai.disclosure.api;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * 目录分类: a node of the town's catalogue tree.
 *
 * @param code stable code ({@code 02}, {@code 0201}); items keep referring to it after a
 * rename
 * @param retired no new items may be filed here; published ones stay where they are
 * @param version for edits: a stale one is refused rather than overwriting someone's
 * change
 */
public record Category(UUID id, String code, @Nullable UUID parentId, String name, int position, boolean retired,
		long version, List<Category> children) {
}
