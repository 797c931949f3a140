package org.gongkai.disclosure.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.gongkai.disclosure.api.Attachment;
import org.gongkai.disclosure.api.CatalogueItem;
import org.gongkai.disclosure.api.Channel;
import org.gongkai.disclosure.api.ItemException;
import org.gongkai.disclosure.api.ItemState;
import org.gongkai.disclosure.api.SearchTokens;
import org.gongkai.disclosure.api.Validity;
import org.hibernate.annotations.ColumnTransformer;
import org.hibernate.annotations.DynamicUpdate;
import org.jspecify.annotations.Nullable;

/** A catalogue item; its state changes only through the workflow methods. */
@Entity
@Table(name = "catalogue_item")
@DynamicUpdate
class CatalogueItemEntity {

	@Id
	private UUID id;

	@Version
	private @Nullable Long version;

	private int revision;

	private @Nullable String indexNumber;

	private String title;

	private String publisher;

	private @Nullable String documentNumber;

	private LocalDate formedOn;

	private LocalDate publicationDue;

	private boolean dueProvisional;

	private @Nullable LocalDate publishedOn;

	private @Nullable Instant publishedAt;

	private @Nullable Instant scheduledAt;

	private @Nullable LocalDate expiresOn;

	private UUID categoryId;

	private String channels;

	private String audience;

	@Enumerated(EnumType.STRING)
	private Validity validity;

	private String keywords;

	private String summary;

	private String body;

	/**
	 * Written from Java's tokens, never read back: only the database searches it. Updates
	 * write changed columns only, so a state change keeps the vector.
	 */
	@Column(name = "search_vector")
	@ColumnTransformer(read = "''", write = "?::tsvector")
	private String searchVector;

	@Enumerated(EnumType.STRING)
	private ItemState state;

	private String createdBy;

	private @Nullable String submittedBy;

	private @Nullable Instant submittedAt;

	private @Nullable String reviewedBy;

	private @Nullable Instant reviewedAt;

	private @Nullable String reviewNote;

	private @Nullable String withdrawnBy;

	private @Nullable Instant withdrawnAt;

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
		this.revision = 1;
		this.state = ItemState.DRAFT;
		this.createdBy = createdBy;
		this.createdAt = now;
		change(fields, publicationDue, dueProvisional, now);
	}

	/**
	 * An item of a legacy catalogue, published before the platform existed: it arrives
	 * published, with its own 索引号 and dates.
	 */
	static CatalogueItemEntity imported(Fields fields, String indexNumber, LocalDate publishedOn,
			LocalDate publicationDue, boolean dueProvisional, String importedBy, Instant now) {
		var item = new CatalogueItemEntity(fields, publicationDue, dueProvisional, importedBy, now);
		item.state = ItemState.PUBLISHED;
		item.indexNumber = indexNumber;
		item.publishedOn = publishedOn;
		item.publishedAt = now;
		item.reviewedBy = importedBy;
		item.reviewedAt = now;
		item.reviewNote = "导入";
		return item;
	}

	void change(Fields fields, LocalDate publicationDue, boolean dueProvisional, Instant now) {
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
		this.expiresOn = fields.expiresOn();
		this.searchVector = SearchTokens.vector(title,
				String.join(" ", keywords, (documentNumber != null) ? documentNumber : ""),
				summary + " " + RichText.text(body));
		if (state != ItemState.PUBLISHED && state != ItemState.EXPIRED) {
			this.publicationDue = publicationDue;
			this.dueProvisional = dueProvisional;
		}
		this.updatedAt = now;
	}

	/** The current text becomes the next revision's predecessor. */
	ItemRevisionEntity revise(String replacedBy, String note, Instant now) {
		var earlier = new ItemRevisionEntity(this, replacedBy, note, now);
		this.revision++;
		return earlier;
	}

	void submit(String editor, Instant now) {
		move(ItemState.DRAFT, ItemState.SUBMITTED, now);
		this.submittedBy = editor;
		this.submittedAt = now;
		this.reviewNote = null;
	}

	void approve(String reviewer, Instant now) {
		move(ItemState.SUBMITTED, ItemState.REVIEWED, now);
		this.reviewedBy = reviewer;
		this.reviewedAt = now;
	}

	void sendBack(String reviewer, String reason, Instant now) {
		if (state != ItemState.SUBMITTED && state != ItemState.REVIEWED) {
			throw ItemException.wrongState(title, state);
		}
		state = ItemState.DRAFT;
		this.reviewedBy = reviewer;
		this.reviewedAt = now;
		this.reviewNote = reason;
		this.updatedAt = now;
	}

	void schedule(Instant at, Instant now) {
		move(ItemState.REVIEWED, ItemState.SCHEDULED, now);
		this.scheduledAt = at;
	}

	void publish(String number, LocalDate today, Instant now) {
		if (state != ItemState.REVIEWED && state != ItemState.SCHEDULED) {
			throw ItemException.wrongState(title, state);
		}
		move(state, ItemState.PUBLISHED, now);
		this.indexNumber = number;
		this.publishedOn = today;
		this.publishedAt = now;
		this.scheduledAt = null;
	}

	void withdraw(String by, String reason, Instant now) {
		if (state != ItemState.PUBLISHED && state != ItemState.EXPIRED && state != ItemState.SCHEDULED) {
			throw ItemException.wrongState(title, state);
		}
		move(state, ItemState.WITHDRAWN, now);
		this.withdrawnBy = by;
		this.withdrawnAt = now;
		this.withdrawnReason = reason;
	}

	void expire(Instant now) {
		move(ItemState.PUBLISHED, ItemState.EXPIRED, now);
		this.validity = Validity.EXPIRED;
	}

	void touch(Instant now) {
		this.updatedAt = now;
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

	int revision() {
		return revision;
	}

	String title() {
		return title;
	}

	ItemState state() {
		return state;
	}

	@Nullable String indexNumber() {
		return indexNumber;
	}

	@Nullable LocalDate publishedOn() {
		return publishedOn;
	}

	boolean late() {
		return publishedOn != null && publishedOn.isAfter(publicationDue);
	}

	String publisher() {
		return publisher;
	}

	@Nullable String documentNumber() {
		return documentNumber;
	}

	LocalDate formedOn() {
		return formedOn;
	}

	UUID categoryId() {
		return categoryId;
	}

	String channelNames() {
		return channels;
	}

	String audience() {
		return audience;
	}

	Validity validity() {
		return validity;
	}

	String keywords() {
		return keywords;
	}

	String summary() {
		return summary;
	}

	String body() {
		return body;
	}

	CatalogueItem view(List<Attachment> attachments) {
		Set<Channel> channelSet = channels.isEmpty() ? EnumSet.noneOf(Channel.class)
				: Arrays.stream(channels.split(","))
					.map(Channel::valueOf)
					.collect(Collectors.toCollection(() -> EnumSet.noneOf(Channel.class)));
		return new CatalogueItem(id, version(), revision, indexNumber, title, publisher, documentNumber, formedOn,
				publicationDue, dueProvisional, publishedOn, scheduledAt, expiresOn, categoryId, channelSet, audience,
				validity, keywords, summary, body, state, createdBy, submittedBy, submittedAt, reviewedBy, reviewedAt,
				reviewNote, withdrawnBy, withdrawnAt, withdrawnReason, late(), attachments, updatedAt);
	}

	/** Checked fields of an item. */
	record Fields(String title, String publisher, @Nullable String documentNumber, LocalDate formedOn, UUID categoryId,
			Set<Channel> channels, String audience, Validity validity, String keywords, String summary, String body,
			@Nullable LocalDate expiresOn) {
	}

}
