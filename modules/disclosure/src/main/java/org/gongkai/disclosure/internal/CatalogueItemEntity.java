package org.gongkai.disclosure.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.gongkai.disclosure.api.CatalogueItem;
import org.gongkai.disclosure.api.Channel;
import org.gongkai.disclosure.api.ItemException;
import org.gongkai.disclosure.api.ItemState;
import org.gongkai.disclosure.api.Validity;
import org.jspecify.annotations.Nullable;

/** A catalogue item; its state changes only through the workflow methods. */
@Entity
@Table(name = "catalogue_item")
class CatalogueItemEntity {

	@Id
	private UUID id;

	@Version
	private @Nullable Long version;

	private @Nullable String indexNumber;

	private String title;

	private String publisher;

	private @Nullable String documentNumber;

	private LocalDate formedOn;

	private LocalDate publicationDue;

	private boolean dueProvisional;

	private @Nullable LocalDate publishedOn;

	private UUID categoryId;

	private String channels;

	private String audience;

	@Enumerated(EnumType.STRING)
	private Validity validity;

	private String keywords;

	private String summary;

	private String body;

	@Enumerated(EnumType.STRING)
	private ItemState state;

	private String createdBy;

	private @Nullable String reviewedBy;

	private @Nullable Instant reviewedAt;

	private @Nullable String withdrawnReason;

	private Instant createdAt;

	private Instant updatedAt;

	@SuppressWarnings("NullAway.Init")
	protected CatalogueItemEntity() {
		// for JPA
	}

	@SuppressWarnings("NullAway.Init")
	CatalogueItemEntity(Fields fields, LocalDate publicationDue, boolean dueProvisional, String createdBy,
			Instant now) {
		this.id = UUID.randomUUID();
		this.title = fields.title();
		this.publisher = fields.publisher();
		this.documentNumber = fields.documentNumber();
		this.formedOn = fields.formedOn();
		this.categoryId = fields.categoryId();
		this.channels = fields.channels().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
		this.audience = fields.audience();
		this.validity = fields.validity();
		this.keywords = fields.keywords();
		this.summary = fields.summary();
		this.body = fields.body();
		this.publicationDue = publicationDue;
		this.dueProvisional = dueProvisional;
		this.state = ItemState.DRAFT;
		this.createdBy = createdBy;
		this.createdAt = now;
		this.updatedAt = now;
	}

	void submit(Instant now) {
		move(ItemState.DRAFT, ItemState.SUBMITTED, now);
	}

	void approve(String reviewer, Instant now) {
		move(ItemState.SUBMITTED, ItemState.REVIEWED, now);
		this.reviewedBy = reviewer;
		this.reviewedAt = now;
	}

	void publish(String number, LocalDate today, Instant now) {
		move(ItemState.REVIEWED, ItemState.PUBLISHED, now);
		this.indexNumber = number;
		this.publishedOn = today;
	}

	void withdraw(String reason, Instant now) {
		move(ItemState.PUBLISHED, ItemState.WITHDRAWN, now);
		this.withdrawnReason = reason;
	}

	private void move(ItemState from, ItemState to, Instant now) {
		if (state != from) {
			throw ItemException.wrongState(title, state);
		}
		state = to;
		updatedAt = now;
	}

	UUID id() {
		return id;
	}

	long version() {
		return (version != null) ? version : 0;
	}

	String title() {
		return title;
	}

	CatalogueItem view() {
		Set<Channel> channelSet = channels.isEmpty() ? EnumSet.noneOf(Channel.class)
				: Arrays.stream(channels.split(","))
					.map(Channel::valueOf)
					.collect(Collectors.toCollection(() -> EnumSet.noneOf(Channel.class)));
		boolean late = publishedOn != null && publishedOn.isAfter(publicationDue);
		return new CatalogueItem(id, version(), indexNumber, title, publisher, documentNumber, formedOn, publicationDue,
				dueProvisional, publishedOn, categoryId, channelSet, audience, validity, keywords, summary, body, state,
				createdBy, reviewedBy, withdrawnReason, late);
	}

	/** Checked fields of a new item. */
	record Fields(String title, String publisher, @Nullable String documentNumber, LocalDate formedOn, UUID categoryId,
			Set<Channel> channels, String audience, Validity validity, String keywords, String summary, String body) {
	}

}
