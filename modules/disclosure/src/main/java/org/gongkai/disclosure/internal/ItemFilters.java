package org.gongkai.disclosure.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.criteria.Predicate;

import org.gongkai.disclosure.api.ItemQuery;

import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

/** The staff list's filters as a query, shared by the list and its export. */
@Component
class ItemFilters {

	private final CategoryRepository categories;

	ItemFilters(CategoryRepository categories) {
		this.categories = categories;
	}

	Specification<CatalogueItemEntity> of(ItemQuery query) {
		Set<UUID> categoryIds = (query.categoryId() != null) ? withDescendants(query.categoryId()) : Set.of();
		return (root, q, cb) -> {
			List<Predicate> where = new ArrayList<>();
			if (query.state() != null) {
				where.add(cb.equal(root.get("state"), query.state()));
			}
			if (!categoryIds.isEmpty()) {
				where.add(root.get("categoryId").in(categoryIds));
			}
			if (query.year() != null) {
				where.add(cb.between(cb.coalesce(root.get("publishedOn"), root.<LocalDate>get("formedOn")),
						LocalDate.of(query.year(), 1, 1), LocalDate.of(query.year(), 12, 31)));
			}
			if (query.channel() != null) {
				where.add(cb.like(root.get("channels"), "%" + query.channel().name() + "%"));
			}
			if (query.text() != null && !query.text().isBlank()) {
				String like = "%" + query.text().strip().toLowerCase(Locale.ROOT).replace("%", "\\%") + "%";
				where.add(cb.or(cb.like(cb.lower(root.get("title")), like),
						cb.like(cb.lower(cb.coalesce(root.get("documentNumber"), "")), like),
						cb.like(cb.lower(root.get("keywords")), like),
						cb.like(cb.lower(cb.coalesce(root.get("indexNumber"), "")), like)));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
	}

	/** A category stands for its whole branch, as on the portal. */
	private Set<UUID> withDescendants(UUID categoryId) {
		List<CategoryEntity> all = categories.findAll();
		Set<UUID> branch = new HashSet<>(Set.of(categoryId));
		boolean grown = true;
		while (grown) {
			grown = false;
			for (CategoryEntity category : all) {
				if (category.parentId() != null && branch.contains(category.parentId())
						&& !branch.contains(category.id())) {
					branch.add(category.id());
					grown = true;
				}
			}
		}
		return branch;
	}

}
