package org.gongkai.portal.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.gongkai.disclosure.api.CatalogueItem;
import org.gongkai.disclosure.api.Category;
import org.gongkai.disclosure.api.CategoryService;
import org.gongkai.disclosure.api.ItemPage;
import org.gongkai.disclosure.api.ItemState;
import org.gongkai.disclosure.api.PublicCatalogue;
import org.gongkai.disclosure.api.SearchHit;
import org.gongkai.tenancy.api.Town;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * What a town's pages show, read from the current town's public catalogue and made ready
 * for the templates (which only loop and branch).
 */
@Component
class TownPages {

	static final int PAGE_SIZE = 20;

	static final int LATEST = 10;

	/** Page links shown either side of the current page. */
	private static final int PAGE_WINDOW = 2;

	private final PublicCatalogue catalogue;

	private final CategoryService categories;

	private final PortalText text;

	TownPages(PublicCatalogue catalogue, CategoryService categories, PortalText text) {
		this.catalogue = catalogue;
		this.categories = categories;
		this.text = text;
	}

	/**
	 * The home page: the newest publications and the catalogue tree with the number of
	 * public items under each category, its sub-categories included. Retired categories
	 * show only while they hold items.
	 */
	Home home(Town town, Links links, Locale locale) {
		List<Category> tree = categories.tree();
		Map<UUID, String> names = names(tree);
		List<ItemRow> latest = catalogue.browse(null, null, 0, LATEST)
			.content()
			.stream()
			.map(item -> row(town, item, names, links, locale))
			.toList();
		return new Home(latest, nodes(tree, catalogue.countsByCategory(), town, links));
	}

	Listing browse(Town town, @Nullable UUID category, @Nullable Integer year, int page, Links links, Locale locale) {
		List<Category> tree = categories.tree();
		Map<UUID, String> names = names(tree);
		ItemPage<CatalogueItem> items = catalogue.browse(category, year, page - 1, PAGE_SIZE);
		List<ItemRow> rows = items.content().stream().map(item -> row(town, item, names, links, locale)).toList();
		@Nullable Pager pager = pager(items, page, p -> links.catalogue(town.code(), category, year, p));
		return new Listing(rows, items.total(), pager, options(tree, catalogue.countsByCategory(), category),
				years(year), (category != null) ? names.get(category) : null);
	}

	Results search(Town town, String query, @Nullable UUID category, @Nullable Integer year, int page, Links links,
			Locale locale) {
		List<Option> categoryOptions = options(categories.tree(), catalogue.countsByCategory(), category);
		if (query.isBlank()) {
			return new Results(List.of(), 0, null, categoryOptions, years(year));
		}
		ItemPage<SearchHit> hits = catalogue.search(query, category, year, page - 1, PAGE_SIZE);
		List<HitRow> rows = hits.content()
			.stream()
			.map(hit -> new HitRow(links.item(town.code(), hit.item().id()), hit.titleHtml(), hit.snippetHtml(),
					hit.item().indexNumber(), text.date(hit.item().publishedOn(), locale)))
			.toList();
		return new Results(rows, hits.total(),
				pager(hits, page, p -> links.search(town.code(), query, category, year, p)), categoryOptions,
				years(year));
	}

	/** The item with its metadata, if the public may read it. */
	Optional<ItemDetail> item(Town town, UUID id, Links links, Locale locale) {
		return catalogue.item(id).map(item -> detail(town, item, links, locale));
	}

	private ItemDetail detail(Town town, CatalogueItem item, Links links, Locale locale) {
		String none = text.get("portal.none", locale);
		String category = names(categories.tree()).getOrDefault(item.categoryId(), none);
		String channels = item.channels()
			.stream()
			.sorted()
			.map(channel -> text.get("portal.channel." + channel, locale))
			.collect(Collectors.joining(text.get("portal.list.separator", locale)));
		List<Field> metadata = List.of(field("indexNumber", orNone(item.indexNumber(), none), locale),
				field("title", item.title(), locale), field("publisher", item.publisher(), locale),
				field("documentNumber", orNone(item.documentNumber(), none), locale),
				field("formedOn", text.date(item.formedOn(), locale), locale),
				field("publishedOn", text.date(item.publishedOn(), locale), locale),
				field("category", category, locale), field("channels", channels, locale),
				field("audience", item.audience(), locale),
				field("validity", text.get("portal.validity." + item.validity(), locale), locale),
				field("keywords", orNone(item.keywords(), none), locale),
				field("summary", orNone(item.summary(), none), locale));
		List<AttachmentLink> attachments = item.attachments()
			.stream()
			.map(file -> new AttachmentLink(links.attachment(town.code(), item.id(), file.id()), file.fileName(),
					file.type().name(), text.size(file.size(), locale)))
			.toList();
		return new ItemDetail(item.title(), metadata, item.body(), attachments, item.state() == ItemState.EXPIRED,
				item.revision(), category, links.catalogue(town.code(), item.categoryId(), null, 1));
	}

	private Field field(String name, String value, Locale locale) {
		return new Field(text.get("portal.item.field." + name, locale), value);
	}

	private static String orNone(@Nullable String value, String none) {
		return (value == null || value.isBlank()) ? none : value;
	}

	private ItemRow row(Town town, CatalogueItem item, Map<UUID, String> names, Links links, Locale locale) {
		return new ItemRow(links.item(town.code(), item.id()), item.title(), item.indexNumber(),
				text.date(item.publishedOn(), locale), names.get(item.categoryId()), item.state() == ItemState.EXPIRED);
	}

	private static Map<UUID, String> names(List<Category> tree) {
		Map<UUID, String> names = new HashMap<>();
		List<Category> pending = new ArrayList<>(tree);
		while (!pending.isEmpty()) {
			Category category = pending.remove(pending.size() - 1);
			names.put(category.id(), category.name());
			pending.addAll(category.children());
		}
		return names;
	}

	/** Without a town, the nodes carry no links (for selects). */
	private static List<CategoryNode> nodes(List<Category> level, Map<UUID, Long> counts, @Nullable Town town,
			@Nullable Links links) {
		List<CategoryNode> nodes = new ArrayList<>();
		for (Category category : level) {
			List<CategoryNode> children = nodes(category.children(), counts, town, links);
			long count = counts.getOrDefault(category.id(), 0L)
					+ children.stream().mapToLong(CategoryNode::count).sum();
			if (!category.retired() || count > 0) {
				nodes.add(new CategoryNode(category.id(), category.name(), count,
						(town != null && links != null) ? links.catalogue(town.code(), category.id(), null, 1) : "",
						children));
			}
		}
		return nodes;
	}

	/** The tree flattened for a select, children indented under their parents. */
	private static List<Option> options(List<Category> tree, Map<UUID, Long> counts, @Nullable UUID selected) {
		List<Option> options = new ArrayList<>();
		addOptions(options, nodes(tree, counts, null, null), 0, selected);
		return options;
	}

	private static void addOptions(List<Option> options, List<CategoryNode> level, int depth, @Nullable UUID selected) {
		for (CategoryNode node : level) {
			options.add(
					new Option(node.id().toString(), "\u3000".repeat(depth) + node.name(), node.id().equals(selected)));
			addOptions(options, node.children(), depth + 1, selected);
		}
	}

	private List<Option> years(@Nullable Integer selected) {
		return catalogue.years()
			.stream()
			.map(year -> new Option(year.toString(), year.toString(), year.equals(selected)))
			.toList();
	}

	/**
	 * Page links: the first, the last and a few either side of the current one, with gaps
	 * between.
	 */
	static @Nullable Pager pager(ItemPage<?> results, int page, java.util.function.IntFunction<String> href) {
		int pages = results.totalPages();
		if (pages <= 1) {
			return null;
		}
		List<PageLink> links = new ArrayList<>();
		int last = 0;
		for (int number = 1; number <= pages; number++) {
			if (number == 1 || number == pages || Math.abs(number - page) <= PAGE_WINDOW) {
				if (last > 0 && number > last + 1) {
					links.add(new PageLink(0, null, false, true));
				}
				links.add(new PageLink(number, href.apply(number), number == page, false));
				last = number;
			}
		}
		return new Pager(page, pages, (page > 1) ? href.apply(Math.min(page - 1, pages)) : null,
				(page < pages) ? href.apply(page + 1) : null, links);
	}

	record Home(List<ItemRow> latest, List<CategoryNode> categories) {
	}

	record ItemRow(String href, String title, @Nullable String indexNumber, String publishedOn,
			@Nullable String category, boolean expired) {
	}

	record CategoryNode(UUID id, String name, long count, String href, List<CategoryNode> children) {
	}

	record Option(String value, String label, boolean selected) {
	}

	/**
	 * @param gap stands for the pages left out between two links
	 */
	record PageLink(int number, @Nullable String href, boolean current, boolean gap) {
	}

	/**
	 * @param previous null on the first page; {@code next} null on the last
	 */
	record Pager(int page, int pages, @Nullable String previous, @Nullable String next, List<PageLink> links) {
	}

	/**
	 * @param categoryName the category browsed, if one is
	 */
	record Listing(List<ItemRow> items, long total, @Nullable Pager pager, List<Option> categories, List<Option> years,
			@Nullable String categoryName) {
	}

	record HitRow(String href, String titleHtml, String snippetHtml, @Nullable String indexNumber, String publishedOn) {
	}

	/**
	 * @param pager null when everything fits on one page
	 */
	record Results(List<HitRow> hits, long total, @Nullable Pager pager, List<Option> categories, List<Option> years) {
	}

	record Field(String label, String value) {
	}

	record AttachmentLink(String href, String name, String type, String size) {
	}

	/**
	 * @param bodyHtml sanitised by disclosure when it was saved
	 * @param expired 已失效: still readable, no longer in force
	 */
	record ItemDetail(String title, List<Field> metadata, String bodyHtml, List<AttachmentLink> attachments,
			boolean expired, int revision, String category, String categoryHref) {
	}

}
