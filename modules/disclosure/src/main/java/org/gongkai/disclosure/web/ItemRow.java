package org.gongkai.disclosure.web;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.gongkai.disclosure.api.CatalogueItem;
import org.gongkai.disclosure.api.ItemState;
import org.jspecify.annotations.Nullable;

/**
 * An item as a line of the staff list or the review queue.
 *
 * @param due how the item stands against its publication due date (art. 26)
 */
record ItemRow(UUID id, @Nullable String indexNumber, String title, String category, ItemState state,
		LocalDate formedOn, LocalDate publicationDue, boolean dueProvisional, @Nullable LocalDate publishedOn, Due due,
		@Nullable String submittedBy, String submittedAt) {

	static ItemRow of(CatalogueItem item, Map<UUID, String> categoryNames, LocalDate today, String submittedAt) {
		return new ItemRow(item.id(), item.indexNumber(), item.title(),
				categoryNames.getOrDefault(item.categoryId(), ""), item.state(), item.formedOn(), item.publicationDue(),
				item.dueProvisional(), item.publishedOn(), Due.of(item, today), item.submittedBy(), submittedAt);
	}

	/** Against the due date: still to come, passed while unpublished, met, or missed. */
	enum Due {

		PENDING, OVERDUE, ON_TIME, LATE, NONE;

		static Due of(CatalogueItem item, LocalDate today) {
			return switch (item.state()) {
				case DRAFT, SUBMITTED, REVIEWED, SCHEDULED -> today.isAfter(item.publicationDue()) ? OVERDUE : PENDING;
				case PUBLISHED, EXPIRED -> item.late() ? LATE : ON_TIME;
				case WITHDRAWN -> NONE;
			};
		}

		/** Late or overdue: shown as 逾期. */
		public boolean flagged() {
			return this == OVERDUE || this == LATE;
		}

	}

}
