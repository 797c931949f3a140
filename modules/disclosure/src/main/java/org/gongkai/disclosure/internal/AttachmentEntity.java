package org.gongkai.disclosure.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.gongkai.disclosure.api.Attachment;
import org.gongkai.web.DocumentType;

/** An attachment's description; its bytes live in {@link AttachmentContentEntity}. */
@Entity
@Table(name = "attachment")
class AttachmentEntity {

	@Id
	private UUID id;

	private UUID itemId;

	private int position;

	private String fileName;

	@Enumerated(EnumType.STRING)
	private DocumentType fileType;

	private long sizeBytes;

	private String sha256;

	private String addedBy;

	private Instant addedAt;

	@SuppressWarnings("NullAway.Init")
	protected AttachmentEntity() {
		// for JPA
	}

	AttachmentEntity(UUID itemId, int position, String fileName, DocumentType fileType, long sizeBytes, String sha256,
			String addedBy, Instant addedAt) {
		this.id = UUID.randomUUID();
		this.itemId = itemId;
		this.position = position;
		this.fileName = fileName;
		this.fileType = fileType;
		this.sizeBytes = sizeBytes;
		this.sha256 = sha256;
		this.addedBy = addedBy;
		this.addedAt = addedAt;
	}

	UUID id() {
		return id;
	}

	UUID itemId() {
		return itemId;
	}

	String fileName() {
		return fileName;
	}

	DocumentType fileType() {
		return fileType;
	}

	Attachment view() {
		return new Attachment(id, fileName, fileType, sizeBytes);
	}

}
