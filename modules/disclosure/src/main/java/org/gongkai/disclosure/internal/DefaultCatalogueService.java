package org.gongkai.disclosure.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.gongkai.calendar.api.Deadline;
import org.gongkai.calendar.api.WorkingDayCalendar;
import org.gongkai.disclosure.api.CatalogueItem;
import org.gongkai.disclosure.api.CatalogueService;
import org.gongkai.disclosure.api.ItemDraft;
import org.gongkai.disclosure.api.ItemException;
import org.gongkai.disclosure.api.ItemState;
import org.gongkai.tenancy.api.AuditTrail;
import org.gongkai.tenancy.api.TenantContext;
import org.gongkai.tenancy.api.TownRegistry;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class DefaultCatalogueService implements CatalogueService {

	/**
	 * Regulation art. 26: published within 20 working days of being formed or changed.
	 */
	static final int PUBLICATION_WORKING_DAYS = 20;

	private final CatalogueItemRepository items;

	private final CategoryRepository categories;

	private final WorkingDayCalendar calendar;

	private final TownRegistry towns;

	private final AuditTrail audit;

	private final EntityManager entityManager;

	private final Clock clock;

	DefaultCatalogueService(CatalogueItemRepository items, CategoryRepository categories, WorkingDayCalendar calendar,
			TownRegistry towns, AuditTrail audit, EntityManager entityManager, Clock clock) {
		this.items = items;
		this.categories = categories;
		this.calendar = calendar;
		this.towns = towns;
		this.audit = audit;
		this.entityManager = entityManager;
		this.clock = clock;
	}

	@Override
	@Transactional
	public CatalogueItem create(ItemDraft draft) {
		var fields = checked(draft);
		Deadline due = calendar.deadline(fields.formedOn(), PUBLICATION_WORKING_DAYS);
		var item = new CatalogueItemEntity(fields, due.deadline(), due.provisional(), audit.actor(), clock.instant());
		items.save(item);
		audit.record("item.created", item.id().toString(), item.title());
		return item.view();
	}

	@Override
	@Transactional
	public CatalogueItem submit(UUID id, long version) {
		var item = current(id, version);
		item.submit(clock.instant());
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
	public CatalogueItem publish(UUID id, long version) {
		var item = current(id, version);
		LocalDate today = LocalDate.now(clock);
		item.publish(nextIndexNumber(today.getYear()), today, clock.instant());
		return saved(item, "item.published", item.title());
	}

	@Override
	@Transactional
	public CatalogueItem withdraw(UUID id, long version, String reason) {
		if (reason == null || reason.isBlank()) {
			throw ItemException.invalid(List.of("reason"));
		}
		var item = current(id, version);
		item.withdraw(reason.strip(), clock.instant());
		return saved(item, "item.withdrawn", item.title() + ": " + reason.strip());
	}

	@Override
	@Transactional(readOnly = true)
	public CatalogueItem get(UUID id) {
		return find(id).view();
	}

	@Override
	@Transactional(readOnly = true)
	public List<CatalogueItem> list(ItemState state) {
		return items.findByStateOrderByUpdatedAtDesc(state).stream().map(CatalogueItemEntity::view).toList();
	}

	/**
	 * 索引号 {credit code}/{year}-{serial}: the serial per town and year, taken atomically.
	 */
	private String nextIndexNumber(int year) {
		Number serial = (Number) entityManager.createNativeQuery("""
				INSERT INTO index_serial (year, last) VALUES (:year, 1)
				ON CONFLICT (year) DO UPDATE SET last = index_serial.last + 1 RETURNING last
				""").setParameter("year", year).getSingleResult();
		String creditCode = towns.require(TenantContext.require()).creditCode();
		return "%s/%d-%05d".formatted(creditCode, year, serial.intValue());
	}

	private CatalogueItem saved(CatalogueItemEntity item, String action, String detail) {
		items.saveAndFlush(item);
		audit.record(action, item.id().toString(), detail);
		return item.view();
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

	private CatalogueItemEntity.Fields checked(ItemDraft draft) {
		List<String> bad = new ArrayList<>();
		String title = text(draft.title(), 200, bad, "title");
		String publisher = text(draft.publisher(), 100, bad, "publisher");
		if (draft.formedOn() == null || draft.formedOn().isAfter(LocalDate.now(clock))) {
			bad.add("formedOn");
		}
		if (draft.categoryId() == null || categories.findById(draft.categoryId()).map(c -> c.retired()).orElse(true)) {
			bad.add("categoryId");
		}
		if (draft.channels() == null || draft.channels().isEmpty()) {
			bad.add("channels");
		}
		if (draft.validity() == null) {
			bad.add("validity");
		}
		if (!bad.isEmpty()) {
			throw ItemException.invalid(bad);
		}
		return new CatalogueItemEntity.Fields(title, publisher, blankToNull(draft.documentNumber()), draft.formedOn(),
				draft.categoryId(), draft.channels(),
				(draft.audience() == null || draft.audience().isBlank()) ? "面向全社会" : draft.audience().strip(),
				draft.validity(), orEmpty(draft.keywords()), orEmpty(draft.summary()), orEmpty(draft.body()));
	}

	private static String text(@Nullable String value, int max, List<String> bad, String field) {
		String stripped = orEmpty(value);
		if (stripped.isEmpty() || stripped.length() > max) {
			bad.add(field);
		}
		return stripped;
	}

	private static String orEmpty(@Nullable String value) {
		return (value != null) ? value.strip() : "";
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
