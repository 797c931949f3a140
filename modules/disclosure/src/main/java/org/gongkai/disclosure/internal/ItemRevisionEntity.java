package org.gongkai.disclosure.internal;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.gongkai.disclosure.api.ItemRevision;
import org.gongkai.disclosure.api.Validity;
import org.jspecify.annotations.Nullable;

/** The text of a published item as it was before an edit replaced it. */
@Entity
@Table(name = "item_revision")
@IdClass(ItemRevisionEntity.Key.class)
class ItemRevisionEntity {

	@Id
	private UUID itemId;

	@Id
	private int revision;

	private String title;

	private String publisher;

	private @Nullable String documentNumber;

	private LocalDate formedOn;

	private UUID categoryId;

	private String channels;

	private String audience;

	@Enumerated(EnumType.STRING)
	private Validity validity;

	private String keywords;

	private String summary;

	private String body;

	private String replacedBy;

	private Instant replacedAt;

	private String note;

	@SuppressWarnings("NullAway.Init")
	protected ItemRevisionEntity() {
		// for JPA
	}

	ItemRevisionEntity(CatalogueItemEntity item, String replacedBy, String note, Instant replacedAt) {
		this.itemId = item.id();
		this.revision = item.revision();
		this.title = item.title();
		this.publisher = item.publisher();
		this.documentNumber = item.documentNumber();
		this.formedOn = item.formedOn();
		this.categoryId = item.categoryId();
		this.channels = item.channelNames();
		this.audience = item.audience();
		this.validity = item.validity();
		this.keywords = item.keywords();
		this.summary = item.summary();
		this.body = item.body();
		this.replacedBy = replacedBy;
		this.replacedAt = replacedAt;
		this.note = note;
	}

	ItemRevision view() {
		return new ItemRevision(revision, title, summary, body, replacedBy, replacedAt, note);
	}

	record Key(UUID itemId, int revision) implements Serializable {
	}

}
