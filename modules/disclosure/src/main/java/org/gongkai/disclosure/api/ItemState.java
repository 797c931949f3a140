package org.gongkai.disclosure.api;

/** Where a catalogue item stands: 草稿 → 待审核 → 已审核 → 已发布, or 已撤回. */
public enum ItemState {

	DRAFT, SUBMITTED, REVIEWED, PUBLISHED, WITHDRAWN

}
