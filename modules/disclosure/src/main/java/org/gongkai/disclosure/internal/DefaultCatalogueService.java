package org.gongkai.disclosure.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import org.gongkai.calendar.api.Deadline;
import org.gongkai.calendar.api.WorkingDayCalendar;
import org.gongkai.disclosure.api.AttachmentFile;
import org.gongkai.disclosure.api.CatalogueEvent;
import org.gongkai.disclosure.api.CatalogueItem;
import org.gongkai.disclosure.api.CatalogueService;
import org.gongkai.disclosure.api.ItemDraft;
import org.gongkai.disclosure.api.ItemException;
import org.gongkai.disclosure.api.ItemPage;
import org.gongkai.disclosure.api.ItemQuery;
import org.gongkai.disclosure.api.ItemRevision;
import org.gongkai.disclosure.api.ItemState;
import org.gongkai.disclosure.api.NewAttachment;
import org.gongkai.disclosure.api.Timeliness;
import org.gongkai.tenancy.api.AuditTrail;
import org.gongkai.tenancy.api.TenantContext;
import org.gongkai.web.DocumentInspector;
import org.gongkai.web.DocumentType;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class DefaultCatalogueService implements CatalogueService {

	/**
	 * Regulation art. 26: published within 20 working days of being formed or changed.
	 */
	static final int PUBLICATION_WORKING_DAYS = 20;

	private final CatalogueItemRepository items;

	private final ItemRevisionRepository revisions;

	private final AttachmentRepository attachments;

	private final AttachmentContentRepository contents;

	private final ItemDrafts drafts;

	private final ItemViews views;

	private final WorkingDayCalendar calendar;

	private final IndexNumbers indexNumbers;

	private final ItemFilters filters;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final DisclosureProperties properties;

	private final Clock clock;

	DefaultCatalogueService(CatalogueItemRepository items, ItemRevisionRepository revisions,
			AttachmentRepository attachments, AttachmentContentRepository contents, ItemDrafts drafts, ItemViews views,
			WorkingDayCalendar calendar, IndexNumbers indexNumbers, ItemFilters filters, AuditTrail audit,
			ApplicationEventPublisher events, DisclosureProperties properties, Clock clock) {
		this.items = items;
		this.revisions = revisions;
		this.attachments = attachments;
		this.contents = contents;
		this.drafts = drafts;
		this.views = views;
		this.calendar = calendar;
		this.indexNumbers = indexNumbers;
		this.filters = filters;
		this.audit = audit;
		this.events = events;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	@Transactional
	public CatalogueItem create(ItemDraft draft) {
		return create(draft, List.of());
	}

	@Override
	@Transactional
	public CatalogueItem create(ItemDraft draft, List<NewAttachment> files) {
		var fields = drafts.checked(draft);
		files.forEach(this::checkedType);
		Deadline due = calendar.deadline(fields.formedOn(), PUBLICATION_WORKING_DAYS);
		var item = new CatalogueItemEntity(fields, due.deadline(), due.provisional(), audit.actor(), clock.instant());
		items.save(item);
		audit.record("item.created", item.id().toString(), item.title());
		for (NewAttachment file : files) {
			store(item, file);
		}
		return changed(item);
	}

	@Override
	@Transactional
	public CatalogueItem update(UUID id, long version, ItemDraft draft, @Nullable String note) {
		var item = current(id, version);
		var fields = drafts.checked(draft);
		Deadline due = calendar.deadline(fields.formedOn(), PUBLICATION_WORKING_DAYS);
		switch (item.state()) {
			case DRAFT -> {
				item.change(fields, due.deadline(), due.provisional(), clock.instant());
				items.saveAndFlush(item);
				audit.record("item.edited", item.id().toString(), item.title());
				return changed(item);
			}
			case PUBLISHED, EXPIRED -> {
				if (note == null || note.isBlank()) {
					throw ItemException.invalid("note", "note-required");
				}
				revisions.save(item.revise(audit.actor(), note.strip(), clock.instant()));
				item.change(fields, due.deadline(), due.provisional(), clock.instant());
				items.saveAndFlush(item);
				audit.record("item.revised", item.id().toString(),
						"第 %d 版: %s (%s)".formatted(item.revision(), item.title(), note.strip()));
				events.publishEvent(new CatalogueEvent.Revised(town(), item.id(), item.revision()));
				return views.of(item);
			}
			default -> throw ItemException.wrongState(item.title(), item.state());
		}
	}

	@Override
	@Transactional
	public CatalogueItem submit(UUID id, long version) {
		var item = current(id, version);
		item.submit(audit.actor(), clock.instant());
		return saved(item, "item.submitted", item.title());
	}

	@Override
	@Transactional
	public CatalogueItem approve(UUID id, long version) {
		var item = current(id, version);
		item.approve(audit.actor(), clock.instant());
		return saved(item, "item.reviewed", "保密审查通过: " + item.title());
	}

	@Override
	@Transactional
	public CatalogueItem sendBack(UUID id, long version, String reason) {
		String why = required(reason, "reason");
		var item = current(id, version);
		item.sendBack(audit.actor(), why, clock.instant());
		return saved(item, "item.sent-back", item.title() + ": " + why);
	}

	@Override
	@Transactional
	public CatalogueItem publish(UUID id, long version) {
		return publish(id, version, null);
	}

	@Override
	@Transactional
	public CatalogueItem publish(UUID id, long version, @Nullable Instant at) {
		var item = current(id, version);
		Instant now = clock.instant();
		if (at != null && at.isAfter(now)) {
			item.schedule(at, now);
			return saved(item, "item.scheduled", item.title() + " @ " + at);
		}
		return publishNow(item);
	}

	private CatalogueItem publishNow(CatalogueItemEntity item) {
		LocalDate today = LocalDate.now(clock);
		item.publish(indexNumbers.next(today.getYear()), today, clock.instant());
		items.saveAndFlush(item);
		audit.record("item.published", item.id().toString(),
				item.indexNumber() + " " + item.title() + (item.late() ? " (逾期)" : ""));
		events.publishEvent(
				new CatalogueEvent.Published(town(), item.id(), item.indexNumber(), item.title(), today, item.late()));
		return views.of(item);
	}

	@Override
	@Transactional
	public CatalogueItem withdraw(UUID id, long version, String reason) {
		String why = required(reason, "reason");
		var item = current(id, version);
		Instant now = clock.instant();
		item.withdraw(audit.actor(), why, now);
		items.saveAndFlush(item);
		audit.record("item.withdrawn", item.id().toString(), item.title() + ": " + why);
		events.publishEvent(new CatalogueEvent.Withdrawn(town(), item.id(), why,
				LocalDate.ofInstant(now, ZoneId.of("Asia/Shanghai"))));
		return views.of(item);
	}

	@Override
	@Transactional
	public CatalogueItem expire(UUID id, long version) {
		return expired(current(id, version));
	}

	private CatalogueItem expired(CatalogueItemEntity item) {
		item.expire(clock.instant());
		items.saveAndFlush(item);
		audit.record("item.expired", item.id().toString(), item.title());
		events.publishEvent(new CatalogueEvent.Expired(town(), item.id()));
		return views.of(item);
	}

	@Override
	@Transactional
	public CatalogueItem attach(UUID id, long version, NewAttachment file) {
		var item = editable(current(id, version));
		checkedType(file);
		store(item, file);
		return touched(item);
	}

	@Override
	@Transactional
	public CatalogueItem detach(UUID id, long version, UUID attachmentId) {
		var item = editable(current(id, version));
		var attachment = attachments.findById(attachmentId)
			.filter(a -> a.itemId().equals(id))
			.orElseThrow(() -> ItemException.notFound(attachmentId));
		contents.deleteById(attachmentId);
		attachments.delete(attachment);
		audit.record("item.attachment-removed", item.id().toString(), attachment.fileName());
		return touched(item);
	}

	@Override
	@Transactional(readOnly = true)
	public CatalogueItem get(UUID id) {
		return views.of(find(id));
	}

	@Override
	@Transactional(readOnly = true)
	public AttachmentFile attachment(UUID id, UUID attachmentId) {
		return views.file(id, attachmentId).orElseThrow(() -> ItemException.notFound(attachmentId));
	}

	@Override
	@Transactional(readOnly = true)
	public List<ItemRevision> history(UUID id) {
		find(id);
		return revisions.findByItemIdOrderByRevisionDesc(id).stream().map(ItemRevisionEntity::view).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public ItemPage<CatalogueItem> list(ItemQuery query) {
		var page = items.findAll(filters.of(query),
				PageRequest.of(query.page(), query.size(), Sort.by(Sort.Order.desc("updatedAt"))));
		return new ItemPage<>(views.of(page.getContent()), query.page(), query.size(), page.getTotalElements());
	}

	@Override
	@Transactional(readOnly = true)
	public List<CatalogueItem> reviewQueue() {
		return views.of(items.findByStateInOrderBySubmittedAtAsc(List.of(ItemState.SUBMITTED, ItemState.REVIEWED)));
	}

	@Override
	@Transactional(readOnly = true)
	public Timeliness timeliness(int year) {
		LocalDate from = LocalDate.of(year, 1, 1);
		LocalDate to = LocalDate.of(year, 12, 31);
		long late = items.countLate(from, to);
		return new Timeliness(year, items.countPublished(from, to) - late, late);
	}

	@Override
	@Transactional
	public int runDueTransitions() {
		var due = items.findDueTransitions(clock.instant(), LocalDate.now(clock));
		for (var item : due) {
			if (item.state() == ItemState.SCHEDULED) {
				publishNow(item);
			}
			else {
				expired(item);
			}
		}
		return due.size();
	}

	private void store(CatalogueItemEntity item, NewAttachment file) {
		DocumentType type = checkedType(file);
		String name = AttachmentNames.clean(file.fileName());
		var attachment = new AttachmentEntity(item.id(), attachments.countByItemId(item.id()) + 1, name, type,
				file.content().length, sha256(file.content()), audit.actor(), clock.instant());
		attachments.save(attachment);
		contents.save(new AttachmentContentEntity(attachment.id(), file.content()));
		audit.record("item.attachment-added", item.id().toString(), name);
	}

	private DocumentType checkedType(NewAttachment file) {
		long limit = properties.attachmentMaxSize().toBytes();
		if (file.content().length > limit) {
			throw ItemException.fileTooLarge(file.fileName(), properties.attachmentMaxSize().toMegabytes());
		}
		return DocumentInspector.claimed(file.fileName())
			.filter(type -> DocumentInspector.contentMatches(type, file.content()))
			.orElseThrow(() -> ItemException.fileType(file.fileName()));
	}

	/**
	 * Files change with the text: on drafts, or on published items. Not while an item
	 * waits for review or publication, so what goes out is what the reviewer checked.
	 */
	private CatalogueItemEntity editable(CatalogueItemEntity item) {
		if (item.state() != ItemState.DRAFT && item.state() != ItemState.PUBLISHED
				&& item.state() != ItemState.EXPIRED) {
			throw ItemException.wrongState(item.title(), item.state());
		}
		return item;
	}

	private CatalogueItem saved(CatalogueItemEntity item, String action, String detail) {
		items.saveAndFlush(item);
		audit.record(action, item.id().toString(), detail);
		return changed(item);
	}

	/** The item's version moves with its files, so a concurrent edit notices. */
	private CatalogueItem touched(CatalogueItemEntity item) {
		item.touch(clock.instant());
		items.saveAndFlush(item);
		return changed(item);
	}

	private CatalogueItem changed(CatalogueItemEntity item) {
		items.flush();
		events.publishEvent(new CatalogueEvent.Changed(town(), item.id(), item.state()));
		return views.of(item);
	}

	private CatalogueItemEntity current(UUID id, long version) {
		var item = find(id);
		if (item.version() != version) {
			throw ItemException.changedMeanwhile(item.title());
		}
		return item;
	}

	private CatalogueItemEntity find(UUID id) {
		return items.findById(id).orElseThrow(() -> ItemException.notFound(id));
	}

	private static String required(@Nullable String value, String field) {
		if (value == null || value.isBlank()) {
			throw ItemException.invalid(field, field + "-required");
		}
		return value.strip();
	}

	private static String town() {
		return TenantContext.require();
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
