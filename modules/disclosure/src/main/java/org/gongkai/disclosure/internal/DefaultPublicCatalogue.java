package org.gongkai.disclosure.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.gongkai.disclosure.api.AttachmentFile;
import org.gongkai.disclosure.api.CatalogueItem;
import org.gongkai.disclosure.api.ItemPage;
import org.gongkai.disclosure.api.ItemState;
import org.gongkai.disclosure.api.PublicCatalogue;
import org.gongkai.disclosure.api.SearchHit;
import org.gongkai.disclosure.api.SearchTokens;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class DefaultPublicCatalogue implements PublicCatalogue {

	static final List<ItemState> PUBLIC_STATES = List.of(ItemState.PUBLISHED, ItemState.EXPIRED);

	/** How many of the newest matches a search ranks by relevance. */
	static final int RANKED_CANDIDATES = 1000;

	private static final String PUBLIC_WHERE = " where i.state in ('PUBLISHED', 'EXPIRED')";

	private final CatalogueItemRepository items;

	private final CategoryRepository categories;

	private final ItemViews views;

	private final EntityManager entityManager;

	DefaultPublicCatalogue(CatalogueItemRepository items, CategoryRepository categories, ItemViews views,
			EntityManager entityManager) {
		this.items = items;
		this.categories = categories;
		this.views = views;
		this.entityManager = entityManager;
	}

	@Override
	public ItemPage<CatalogueItem> browse(@Nullable UUID categoryId, @Nullable Integer year, int page, int size) {
		var filter = new Filter(null, categoryId, year);
		List<UUID> ids = filter
			.bind(entityManager.createNativeQuery("select i.id from catalogue_item i" + filter.where()
					+ " order by i.published_on desc, i.index_number desc", UUID.class))
			.setFirstResult(page * size)
			.setMaxResults(size)
			.getResultList()
			.stream()
			.map(UUID.class::cast)
			.toList();
		return new ItemPage<>(load(ids), page, size, filter.count());
	}

	@Override
	public Optional<CatalogueItem> item(UUID id) {
		return items.findById(id).filter(item -> PUBLIC_STATES.contains(item.state())).map(views::of);
	}

	@Override
	public Optional<AttachmentFile> attachment(UUID id, UUID attachmentId) {
		return item(id).flatMap(item -> views.file(id, attachmentId));
	}

	@Override
	public ItemPage<SearchHit> search(String text, @Nullable UUID categoryId, @Nullable Integer year, int page,
			int size) {
		String query = SearchTokens.query(text);
		if (query == null) {
			return new ItemPage<>(List.of(), page, size, 0);
		}
		var filter = new Filter(query, categoryId, year);
		// Ranking reads each match's vector, which PostgreSQL keeps compressed out of
		// line:
		// for a common word in a large town that is tens of thousands of reads. The
		// newest
		// RANKED_CANDIDATES matches are ranked; pages beyond them follow publication
		// date.
		String sql = (page * size + size <= RANKED_CANDIDATES)
				? "select c.id from (select i.id, i.search_vector, i.published_on from catalogue_item i"
						+ filter.where() + " order by i.published_on desc limit " + RANKED_CANDIDATES + ") c"
						+ " order by ts_rank_cd(c.search_vector, cast(:query as tsquery)) desc, c.published_on desc"
				: "select i.id from catalogue_item i" + filter.where() + " order by i.published_on desc, i.id";
		List<UUID> ids = filter.bind(entityManager.createNativeQuery(sql, UUID.class))
			.setFirstResult(page * size)
			.setMaxResults(size)
			.getResultList()
			.stream()
			.map(UUID.class::cast)
			.toList();
		var highlighter = new Highlighter(SearchTokens.words(text));
		List<SearchHit> hits = load(ids).stream()
			.map(item -> new SearchHit(item, highlighter.marked(item.title()),
					highlighter.snippet(item.summary() + " " + RichText.text(item.body()))))
			.toList();
		return new ItemPage<>(hits, page, size, filter.count());
	}

	@Override
	public List<Integer> years() {
		return items.publicYears();
	}

	@Override
	public Map<UUID, Long> countsByCategory() {
		Map<UUID, Long> counts = new HashMap<>();
		for (Object[] row : items.countByCategory(PUBLIC_STATES)) {
			counts.put((UUID) row[0], (Long) row[1]);
		}
		return counts;
	}

	private List<CatalogueItem> load(List<UUID> ids) {
		Map<UUID, CatalogueItemEntity> found = items.findAllById(ids)
			.stream()
			.collect(Collectors.toMap(CatalogueItemEntity::id, Function.identity()));
		return views.of(ids.stream().map(found::get).filter(java.util.Objects::nonNull).toList());
	}

	/** The public items a page shows, as SQL shared by its rows and its count. */
	private final class Filter {

		private final @Nullable String query;

		private final Set<UUID> categoryIds;

		private final @Nullable Integer year;

		Filter(@Nullable String query, @Nullable UUID categoryId, @Nullable Integer year) {
			this.query = query;
			this.categoryIds = (categoryId != null) ? withDescendants(categoryId) : Set.of();
			this.year = year;
		}

		String where() {
			StringBuilder where = new StringBuilder(PUBLIC_WHERE);
			if (query != null) {
				where.append(" and i.search_vector @@ cast(:query as tsquery)");
			}
			if (!categoryIds.isEmpty()) {
				where.append(" and i.category_id in (:categories)");
			}
			if (year != null) {
				where.append(" and i.published_on between :from and :to");
			}
			return where.toString();
		}

		Query bind(Query sql) {
			if (query != null) {
				sql.setParameter("query", query);
			}
			if (!categoryIds.isEmpty()) {
				sql.setParameter("categories", categoryIds);
			}
			if (year != null) {
				sql.setParameter("from", LocalDate.of(year, 1, 1));
				sql.setParameter("to", LocalDate.of(year, 12, 31));
			}
			return sql;
		}

		long count() {
			return ((Number) bind(entityManager.createNativeQuery("select count(*) from catalogue_item i" + where()))
				.getSingleResult()).longValue();
		}

		private Set<UUID> withDescendants(UUID root) {
			Map<UUID, List<UUID>> children = new LinkedHashMap<>();
			for (CategoryEntity category : categories.findAll()) {
				if (category.parentId() != null) {
					children.computeIfAbsent(category.parentId(), p -> new ArrayList<>()).add(category.id());
				}
			}
			Set<UUID> ids = new java.util.HashSet<>();
			List<UUID> pending = new ArrayList<>(List.of(root));
			while (!pending.isEmpty()) {
				UUID id = pending.remove(pending.size() - 1);
				if (ids.add(id)) {
					pending.addAll(children.getOrDefault(id, List.of()));
				}
			}
			return ids;
		}

	}

}
