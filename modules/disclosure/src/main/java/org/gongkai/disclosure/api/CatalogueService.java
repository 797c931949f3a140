package org.gongkai.disclosure.api;

import java.util.List;
import java.util.UUID;

/**
 * The current town's catalogue items and their workflow: an editor drafts and submits, a
 * reviewer approves after the confidentiality review (保密审查), then publishes; a published
 * item can be withdrawn with a reason. Every step names who and when, and is audited.
 */
public interface CatalogueService {

	CatalogueItem create(ItemDraft draft);

	CatalogueItem submit(UUID id, long version);

	/** 保密审查 passed and approved, by the reviewer signed in. */
	CatalogueItem approve(UUID id, long version);

	/** Publishes today; the item gets its 索引号. */
	CatalogueItem publish(UUID id, long version);

	CatalogueItem withdraw(UUID id, long version, String reason);

	CatalogueItem get(UUID id);

	/** Newest first. */
	List<CatalogueItem> list(ItemState state);

}
