package org.gongkai.disclosure.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.gongkai.disclosure.api.Attachment;
import org.gongkai.disclosure.api.AttachmentFile;
import org.gongkai.disclosure.api.CatalogueItem;

import org.springframework.stereotype.Component;

/** Items as callers see them, with their attachments fetched in one query per page. */
@Component
class ItemViews {

	private final AttachmentRepository attachments;

	private final AttachmentContentRepository contents;

	ItemViews(AttachmentRepository attachments, AttachmentContentRepository contents) {
		this.attachments = attachments;
		this.contents = contents;
	}

	CatalogueItem of(CatalogueItemEntity item) {
		return of(List.of(item)).get(0);
	}

	List<CatalogueItem> of(List<CatalogueItemEntity> items) {
		if (items.isEmpty()) {
			return List.of();
		}
		Map<UUID, List<Attachment>> files = attachments
			.findByItemIdInOrderByPosition(items.stream().map(CatalogueItemEntity::id).toList())
			.stream()
			.collect(Collectors.groupingBy(AttachmentEntity::itemId,
					Collectors.mapping(AttachmentEntity::view, Collectors.toList())));
		return items.stream().map(item -> item.view(files.getOrDefault(item.id(), List.of()))).toList();
	}

	Optional<AttachmentFile> file(UUID itemId, UUID attachmentId) {
		return attachments.findById(attachmentId)
			.filter(attachment -> attachment.itemId().equals(itemId))
			.flatMap(attachment -> contents.findById(attachmentId)
				.map(content -> new AttachmentFile(attachment.fileName(), attachment.fileType(), content.content())));
	}

}
