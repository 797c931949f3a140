package org.gongkai.disclosure.web;

import org.gongkai.disclosure.api.ItemState;

/**
 * The steps an item page offers: those its state allows and the signed-in person's roles
 * permit, mirroring the service's rules and the controllers' {@code @PreAuthorize}.
 *
 * @param edit drafts by editors; published items by editors and reviewers, with a 修改说明
 * @param publish now or at a time; a scheduled item can still go out now
 * @param files add and remove attachments: with the text, on drafts and published items
 */
record ItemActions(boolean edit, boolean submit, boolean approve, boolean sendBack, boolean publish, boolean schedule,
		boolean withdraw, boolean expire, boolean files) {

	static ItemActions of(ItemState state, StaffAccess access) {
		boolean published = state == ItemState.PUBLISHED || state == ItemState.EXPIRED;
		return new ItemActions((state == ItemState.DRAFT && access.editor()) || (published && access.staff()),
				state == ItemState.DRAFT && access.editor(), state == ItemState.SUBMITTED && access.approver(),
				(state == ItemState.SUBMITTED || state == ItemState.REVIEWED) && access.reviewer(),
				(state == ItemState.REVIEWED || state == ItemState.SCHEDULED) && access.reviewer(),
				state == ItemState.REVIEWED && access.reviewer(),
				(published || state == ItemState.SCHEDULED) && access.reviewer(),
				state == ItemState.PUBLISHED && access.reviewer(),
				(state == ItemState.DRAFT && access.editor()) || (published && access.staff()));
	}

	public boolean any() {
		return edit || submit || approve || sendBack || publish || withdraw || expire;
	}

}
