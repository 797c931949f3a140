package org.gongkai.disclosure.web;

import java.util.List;
import java.util.UUID;

import org.gongkai.disclosure.api.Attachment;
import org.gongkai.disclosure.api.CatalogueItem;
import org.gongkai.disclosure.api.Channel;
import org.gongkai.disclosure.api.ItemRevision;
import org.gongkai.disclosure.api.ItemState;

/**
 * What the item page shows beside the item itself, worked out for the template: names,
 * times in the town's zone, the due date's standing.
 *
 * @param sentBack the item is a draft again because a reviewer sent it back, with
 * {@code reviewNote} saying why
 */
record ItemDetails(String category, List<Channel> channels, ItemRow.Due due, String submittedAt, String reviewedAt,
		boolean sentBack, String scheduledAt, String withdrawnAt, String updatedAt, List<File> files) {

	static ItemDetails of(CatalogueItem item, CataloguePages pages) {
		return new ItemDetails(pages.categoryNames().getOrDefault(item.categoryId(), ""),
				item.channels().stream().sorted().toList(), ItemRow.Due.of(item, pages.today()),
				pages.time(item.submittedAt()), pages.time(item.reviewedAt()),
				item.state() == ItemState.DRAFT && item.reviewNote() != null, pages.time(item.scheduledAt()),
				pages.time(item.withdrawnAt()), pages.time(item.updatedAt()),
				item.attachments().stream().map(File::of).toList());
	}

	/** An attachment with its size as people read it. */
	record File(UUID id, String fileName, String type, String size) {

		static File of(Attachment attachment) {
			return new File(attachment.id(), attachment.fileName(), attachment.type().name(), size(attachment.size()));
		}

		private static String size(long bytes) {
			if (bytes < 1024) {
				return bytes + " B";
			}
			if (bytes < 1024 * 1024) {
				return (bytes + 1023) / 1024 + " KB";
			}
			return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
		}

	}

	/** An earlier text of the item, with when it was replaced. */
	record Revision(ItemRevision revision, String replacedAt) {
	}

}
