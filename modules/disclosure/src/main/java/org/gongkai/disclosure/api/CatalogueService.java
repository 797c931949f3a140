package org.gongkai.disclosure.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The current town's catalogue items and their workflow: an editor drafts and submits, a
 * reviewer approves after the confidentiality review (保密审查) or sends it back, then
 * publishes now or at a set time; a published item can be edited (a new revision),
 * withdrawn with a reason, or marked expired. Every step names who and when, is audited
 * and announced as a {@link CatalogueEvent}.
 */
public interface CatalogueService {

	/** A new draft with its attachments, all saved together or not at all. */
	CatalogueItem create(ItemDraft draft, List<NewAttachment> attachments);

	CatalogueItem create(ItemDraft draft);

	/**
	 * Changes the content. A draft is changed in place; a published item keeps its
	 * earlier text as a revision ({@code note} says why, and is required then).
	 */
	CatalogueItem update(UUID id, long version, ItemDraft draft, @Nullable String note);

	CatalogueItem submit(UUID id, long version);

	/** 保密审查 passed and approved, by the reviewer signed in. */
	CatalogueItem approve(UUID id, long version);

	/** Back to its editor as a draft, with the reviewer's reason. */
	CatalogueItem sendBack(UUID id, long version, String reason);

	/**
	 * Publishes now (the item gets its 索引号), or at {@code at} when that lies ahead.
	 */
	CatalogueItem publish(UUID id, long version, @Nullable Instant at);

	CatalogueItem publish(UUID id, long version);

	CatalogueItem withdraw(UUID id, long version, String reason);

	/** 已失效: stays readable, marked no longer in force. */
	CatalogueItem expire(UUID id, long version);

	CatalogueItem attach(UUID id, long version, NewAttachment file);

	CatalogueItem detach(UUID id, long version, UUID attachmentId);

	CatalogueItem get(UUID id);

	AttachmentFile attachment(UUID id, UUID attachmentId);

	/** Earlier texts, newest first. */
	List<ItemRevision> history(UUID id);

	/** Newest change first. */
	ItemPage<CatalogueItem> list(ItemQuery query);

	/**
	 * What waits for a reviewer: submitted items to approve or send back, reviewed ones
	 * to publish; longest waiting first.
	 */
	List<CatalogueItem> reviewQueue();

	/** On-time and late publications of a year. */
	Timeliness timeliness(int year);

	/**
	 * Publishes scheduled items whose time has come and expires items past their expiry
	 * date; safe to run on every replica at once.
	 * @return how many items changed
	 */
	int runDueTransitions();

}
