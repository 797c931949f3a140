package org.gongkai.disclosure.internal;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The bytes of an attachment, kept apart so lists of attachments never load them. */
@Entity
@Table(name = "attachment_content")
class AttachmentContentEntity {

	@Id
	private UUID attachmentId;

	private byte[] content;

	@SuppressWarnings("NullAway.Init")
	protected AttachmentContentEntity() {
		// for JPA
	}

	AttachmentContentEntity(UUID attachmentId, byte[] content) {
		this.attachmentId = attachmentId;
		this.content = content;
	}

	byte[] content() {
		return content;
	}

}
