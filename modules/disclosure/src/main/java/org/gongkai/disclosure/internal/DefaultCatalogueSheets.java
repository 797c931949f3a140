package org.gongkai.disclosure.internal;

import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.gongkai.calendar.api.Deadline;
import org.gongkai.calendar.api.WorkingDayCalendar;
import org.gongkai.disclosure.api.CatalogueEvent;
import org.gongkai.disclosure.api.CatalogueSheets;
import org.gongkai.disclosure.api.Channel;
import org.gongkai.disclosure.api.ImportReport;
import org.gongkai.disclosure.api.ImportReport.RowProblem;
import org.gongkai.disclosure.api.ItemDraft;
import org.gongkai.disclosure.api.ItemException;
import org.gongkai.disclosure.api.ItemQuery;
import org.gongkai.disclosure.api.Validity;
import org.gongkai.disclosure.internal.CatalogueSheetReader.LegacyRow;
import org.gongkai.tenancy.api.AuditTrail;
import org.gongkai.tenancy.api.TenantContext;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class DefaultCatalogueSheets implements CatalogueSheets {

	private static final Logger log = LoggerFactory.getLogger(DefaultCatalogueSheets.class);

	static final String ROW_FIELD = "disclosure.import.row.field";

	static final String CATEGORY_UNKNOWN = "disclosure.import.row.category-unknown";

	static final String CATEGORY_RETIRED = "disclosure.import.row.category-retired";

	static final String CATEGORY_AMBIGUOUS = "disclosure.import.row.category-ambiguous";

	static final String INDEX_NUMBER_TAKEN = "disclosure.import.row.index-number-taken";

	static final String INDEX_NUMBER_REPEATED = "disclosure.import.row.index-number-repeated";

	static final String INDEX_NUMBER_TOO_LONG = "disclosure.import.row.index-number-too-long";

	static final String PUBLISHED_REQUIRED = "disclosure.import.row.published-required";

	static final String PUBLISHED_FUTURE = "disclosure.import.row.published-future";

	static final String PUBLISHED_BEFORE_FORMED = "disclosure.import.row.published-before-formed";

	/** The {@code index_number} column's width. */
	private static final int MAX_INDEX_NUMBER = 40;

	/** Bind parameters per query stay well below PostgreSQL's limit. */
	private static final int LOOKUP_CHUNK = 1000;

	/** The draft fields an import fills, by the sheet column they come from. */
	private static final Map<String, CatalogueSheetColumn> COLUMNS = Map.ofEntries(
			Map.entry("title", CatalogueSheetColumn.TITLE), Map.entry("publisher", CatalogueSheetColumn.PUBLISHER),
			Map.entry("documentNumber", CatalogueSheetColumn.DOCUMENT_NUMBER),
			Map.entry("formedOn", CatalogueSheetColumn.FORMED_ON),
			Map.entry("publishedOn", CatalogueSheetColumn.PUBLISHED_ON),
			Map.entry("categoryId", CatalogueSheetColumn.CATEGORY),
			Map.entry("channels", CatalogueSheetColumn.CHANNELS), Map.entry("audience", CatalogueSheetColumn.AUDIENCE),
			Map.entry("validity", CatalogueSheetColumn.VALIDITY), Map.entry("keywords", CatalogueSheetColumn.KEYWORDS),
			Map.entry("summary", CatalogueSheetColumn.SUMMARY), Map.entry("body", CatalogueSheetColumn.BODY));

	private final CatalogueSheetReader reader = new CatalogueSheetReader();

	private final CatalogueSheetWriter writer = new CatalogueSheetWriter();

	private final CatalogueItemRepository items;

	private final CategoryRepository categories;

	private final ItemDrafts drafts;

	private final ItemFilters filters;

	private final ItemViews views;

	private final IndexNumbers indexNumbers;

	private final WorkingDayCalendar calendar;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	DefaultCatalogueSheets(CatalogueItemRepository items, CategoryRepository categories, ItemDrafts drafts,
			ItemFilters filters, ItemViews views, IndexNumbers indexNumbers, WorkingDayCalendar calendar,
			AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
		this.items = items;
		this.categories = categories;
		this.drafts = drafts;
		this.filters = filters;
		this.views = views;
		this.indexNumbers = indexNumbers;
		this.calendar = calendar;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	@Override
	@Transactional
	public ImportReport importSheet(String fileName, InputStream content, boolean onlyValidRows) {
		List<LegacyRow> rows = reader.read(fileName, content);
		var check = new Check(rows, new CategoryNames(categories.findAll()), taken(rows));
		List<RowProblem> problems = new ArrayList<>();
		List<Ready> ready = new ArrayList<>();
		for (LegacyRow row : rows) {
			check.row(row, problems).ifPresent(ready::add);
		}
		if (!problems.isEmpty() && !onlyValidRows) {
			return new ImportReport(fileName, rows.size(), 0, problems);
		}
		write(ready);
		if (!ready.isEmpty()) {
			audit.record("items.imported", AttachmentNames.clean(fileName),
					"导入 %d 条，跳过 %d 行".formatted(ready.size(), rows.size() - ready.size()));
			log.info("{} legacy catalogue items imported in {}, {} rows skipped", ready.size(), TenantContext.require(),
					rows.size() - ready.size());
		}
		return new ImportReport(fileName, rows.size(), ready.size(), problems);
	}

	private void write(List<Ready> ready) {
		Set<String> reserved = ready.stream()
			.map(Ready::indexNumber)
			.filter(number -> number != null)
			.collect(Collectors.toSet());
		String actor = audit.actor();
		Instant now = clock.instant();
		String town = TenantContext.require();
		for (Ready row : ready) {
			String number = (row.indexNumber() != null) ? row.indexNumber()
					: indexNumbers.next(row.publishedOn().getYear(), reserved);
			Deadline due = calendar.deadline(row.fields().formedOn(), DefaultCatalogueService.PUBLICATION_WORKING_DAYS);
			var item = CatalogueItemEntity.imported(row.fields(), number, row.publishedOn(), due.deadline(),
					due.provisional(), actor, now);
			items.save(item);
			audit.record("item.imported", item.id().toString(), number + " " + item.title());
			events.publishEvent(new CatalogueEvent.Published(town, item.id(), number, item.title(), row.publishedOn(),
					item.late()));
		}
		items.flush();
	}

	/** The sheet's 索引号 that the town already uses. */
	private Set<String> taken(List<LegacyRow> rows) {
		List<String> numbers = rows.stream().map(DefaultCatalogueSheets::indexNumber).filter(n -> n != null).toList();
		Set<String> taken = new HashSet<>();
		for (int from = 0; from < numbers.size(); from += LOOKUP_CHUNK) {
			taken.addAll(
					items.findTakenIndexNumbers(numbers.subList(from, Math.min(numbers.size(), from + LOOKUP_CHUNK))));
		}
		return taken;
	}

	@Override
	@Transactional(readOnly = true)
	public void export(ItemQuery query, OutputStream out) {
		var selected = views.of(items.findAll(filters.of(query), Sort.by(Sort.Order.desc("updatedAt"))));
		Map<UUID, String> names = categories.findAll()
			.stream()
			.collect(Collectors.toMap(CategoryEntity::id, CategoryEntity::name));
		writer.write(selected, id -> names.getOrDefault(id, ""), out);
	}

	@Override
	public void template(OutputStream out) {
		writer.template(out);
	}

	private static @Nullable String indexNumber(LegacyRow row) {
		return (row.indexNumber() != null) ? CatalogueSheetColumn.normalized(row.indexNumber()) : null;
	}

	private static String label(String field) {
		CatalogueSheetColumn column = COLUMNS.get(field);
		return (column != null) ? column.label() : field;
	}

	private static MessageSourceResolvable message(String code, Object... arguments) {
		return new DefaultMessageSourceResolvable(new String[] { code }, arguments);
	}

	/** A row that passed every check, ready to be written. */
	private record Ready(CatalogueItemEntity.Fields fields, @Nullable String indexNumber, LocalDate publishedOn) {
	}

	/** Checks rows against each other, the town's tree and its items, without writing. */
	private final class Check {

		private final CategoryNames categoryNames;

		private final Set<String> taken;

		/** Rows by the 索引号 they give, to find those given twice. */
		private final Map<String, List<Integer>> numbered = new HashMap<>();

		Check(List<LegacyRow> rows, CategoryNames categoryNames, Set<String> taken) {
			this.categoryNames = categoryNames;
			this.taken = taken;
			for (LegacyRow row : rows) {
				String number = indexNumber(row);
				if (number != null) {
					this.numbered.computeIfAbsent(number, n -> new ArrayList<>()).add(row.rowNumber());
				}
			}
		}

		Optional<Ready> row(LegacyRow row, List<RowProblem> problems) {
			int number = row.rowNumber();
			Map<String, RowProblem> found = new LinkedHashMap<>();
			for (LegacyRow.FieldError error : row.errors()) {
				String field = "categoryName".equals(error.field()) ? "categoryId" : error.field();
				found.putIfAbsent(field, new RowProblem(number, String.valueOf(error.arguments().get(1)),
						message(error.messageCode(), error.arguments().toArray())));
			}
			UUID categoryId = found.containsKey("categoryId") ? null : category(row, found);
			String indexNumber = indexNumber(row);
			if (indexNumber != null) {
				indexNumberChecked(number, indexNumber, found);
			}
			LocalDate publishedOn = row.publishedOn();
			if (!found.containsKey("publishedOn")) {
				publishedOnChecked(row, found);
			}
			Set<Channel> channels = row.channels().isEmpty() ? EnumSet.of(Channel.WEBSITE) : row.channels();
			var draft = new ItemDraft(row.title(), row.publisher(), row.documentNumber(), row.formedOn(), categoryId,
					channels, row.audience(), (row.validity() != null) ? row.validity() : Validity.IN_FORCE,
					row.keywords(), row.summary(), RichText.fromSheet(row.body()), null);
			CatalogueItemEntity.Fields fields = null;
			try {
				fields = drafts.checked(draft);
			}
			catch (ItemException ex) {
				ex.fieldErrors()
					.forEach((field, error) -> found.putIfAbsent(field,
							new RowProblem(number, label(field), message(ROW_FIELD, number, error))));
			}
			problems.addAll(found.values());
			if (!found.isEmpty() || fields == null || publishedOn == null) {
				return Optional.empty();
			}
			return Optional.of(new Ready(fields, indexNumber, publishedOn));
		}

		private @Nullable UUID category(LegacyRow row, Map<String, RowProblem> found) {
			String name = CatalogueSheetColumn.normalized(row.categoryName());
			List<CategoryEntity> matches = categoryNames.find(name);
			List<CategoryEntity> active = matches.stream().filter(c -> !c.retired()).toList();
			if (active.size() == 1) {
				return active.get(0).id();
			}
			String code = (active.size() > 1) ? CATEGORY_AMBIGUOUS
					: matches.isEmpty() ? CATEGORY_UNKNOWN : CATEGORY_RETIRED;
			found.put("categoryId",
					new RowProblem(row.rowNumber(), CatalogueSheetColumn.CATEGORY.label(),
							message(code, row.rowNumber(), CatalogueSheetColumn.CATEGORY.label(), name,
									active.stream().map(CategoryEntity::code).collect(Collectors.joining("、")))));
			return null;
		}

		private void indexNumberChecked(int row, String indexNumber, Map<String, RowProblem> found) {
			String label = CatalogueSheetColumn.INDEX_NUMBER.label();
			MessageSourceResolvable problem = null;
			List<Integer> sameNumber = numbered.getOrDefault(indexNumber, List.of());
			if (indexNumber.length() > MAX_INDEX_NUMBER) {
				problem = message(INDEX_NUMBER_TOO_LONG, row, label, MAX_INDEX_NUMBER);
			}
			else if (taken.contains(indexNumber)) {
				problem = message(INDEX_NUMBER_TAKEN, row, label, indexNumber);
			}
			else if (sameNumber.size() > 1) {
				problem = message(INDEX_NUMBER_REPEATED, row, label, indexNumber,
						sameNumber.stream()
							.filter(other -> other != row)
							.map(String::valueOf)
							.collect(Collectors.joining("、")));
			}
			if (problem != null) {
				found.put("indexNumber", new RowProblem(row, label, problem));
			}
		}

		/**
		 * Imported items arrive published, and the date counts in the town's on-time
		 * figures, so it is required rather than guessed.
		 */
		private void publishedOnChecked(LegacyRow row, Map<String, RowProblem> found) {
			String label = CatalogueSheetColumn.PUBLISHED_ON.label();
			LocalDate publishedOn = row.publishedOn();
			MessageSourceResolvable problem = null;
			if (publishedOn == null) {
				problem = message(PUBLISHED_REQUIRED, row.rowNumber(), label);
			}
			else if (publishedOn.isAfter(LocalDate.now(clock))) {
				problem = message(PUBLISHED_FUTURE, row.rowNumber(), label, publishedOn.toString());
			}
			else if (row.formedOn() != null && publishedOn.isBefore(row.formedOn())) {
				problem = message(PUBLISHED_BEFORE_FORMED, row.rowNumber(), label, publishedOn.toString(),
						row.formedOn().toString());
			}
			if (problem != null) {
				found.put("publishedOn", new RowProblem(row.rowNumber(), label, problem));
			}
		}

	}

	/** The town's categories by name and by code, retired ones included to say so. */
	private static final class CategoryNames {

		private final Map<String, List<CategoryEntity>> byName = new HashMap<>();

		private final Map<String, CategoryEntity> byCode = new HashMap<>();

		CategoryNames(Collection<CategoryEntity> all) {
			for (CategoryEntity category : all) {
				byName.computeIfAbsent(category.name(), n -> new ArrayList<>()).add(category);
				byCode.put(category.code(), category);
			}
		}

		List<CategoryEntity> find(String nameOrCode) {
			CategoryEntity byCode = this.byCode.get(nameOrCode);
			if (byCode != null) {
				return List.of(byCode);
			}
			return byName.getOrDefault(nameOrCode, List.of());
		}

	}

}
