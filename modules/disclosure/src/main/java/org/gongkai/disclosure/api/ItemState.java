package org.gongkai.disclosure.api;

/**
 * Where a catalogue item stands: 草稿 → 待审核 → 已审核 → (定时发布) → 已发布 → 已失效, or 已撤回. A reviewer
 * may send a submitted item back to draft.
 */
public enum ItemState {

	DRAFT, SUBMITTED, REVIEWED, SCHEDULED, PUBLISHED, EXPIRED, WITHDRAWN

}
