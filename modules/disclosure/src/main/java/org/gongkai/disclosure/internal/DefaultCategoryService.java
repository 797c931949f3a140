package org.gongkai.disclosure.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.gongkai.disclosure.api.Category;
import org.gongkai.disclosure.api.CategoryException;
import org.gongkai.disclosure.api.CategoryService;
import org.gongkai.tenancy.api.AuditTrail;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class DefaultCategoryService implements CategoryService {

	private final CategoryRepository categories;

	private final AuditTrail audit;

	private final Clock clock;

	DefaultCategoryService(CategoryRepository categories, AuditTrail audit, Clock clock) {
		this.categories = categories;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Category> tree() {
		return level(categories.findAllByOrderByPositionAsc(), null);
	}

	@Override
	@Transactional
	public Category add(@Nullable UUID parentId, String name) {
		List<CategoryEntity> all = categories.findAll();
		CategoryEntity parent = (parentId != null) ? find(parentId) : null;
		if (parent != null && parent.retired()) {
			throw CategoryException.invalid("parentId", "retired", parent.name());
		}
		List<CategoryEntity> siblings = siblings(all, parentId);
		refuseDuplicate(siblings, name, null);
		// codes continue the parent's: 02 → 0204; top-level two digits
		String prefix = (parent != null) ? parent.code() : "";
		int next = all.stream()
			.filter(c -> Objects.equals(c.parentId(), parentId))
			.mapToInt(c -> Integer.parseInt(c.code().substring(prefix.length())))
			.max()
			.orElse(0) + 1;
		var category = new CategoryEntity(prefix + String.format("%02d", next), parentId, name, siblings.size() + 1,
				clock.instant());
		categories.save(category);
		audit.record("category.added", category.code(), category.name());
		return view(category, List.of());
	}

	@Override
	@Transactional
	public Category rename(UUID id, String name, long version) {
		CategoryEntity category = current(id, version);
		refuseDuplicate(siblings(categories.findAll(), category.parentId()), name, id);
		String before = category.name();
		category.rename(name, clock.instant());
		audit.record("category.renamed", category.code(), before + " → " + category.name());
		return view(categories.saveAndFlush(category), List.of());
	}

	@Override
	@Transactional
	public Category move(UUID id, int position, long version) {
		CategoryEntity category = current(id, version);
		List<CategoryEntity> siblings = new ArrayList<>(siblings(categories.findAll(), category.parentId()));
		if (position < 1 || position > siblings.size()) {
			throw CategoryException.invalid("position", "position", siblings.size());
		}
		siblings.removeIf(c -> c.id().equals(id));
		siblings.add(position - 1, category);
		for (int i = 0; i < siblings.size(); i++) {
			siblings.get(i).moveTo(i + 1, clock.instant());
		}
		audit.record("category.moved", category.code(), category.name() + " → " + position);
		categories.flush();
		return view(category, List.of());
	}

	@Override
	@Transactional
	public Category retire(UUID id, long version) {
		CategoryEntity category = current(id, version);
		category.retire(clock.instant());
		audit.record("category.retired", category.code(), category.name());
		return view(categories.saveAndFlush(category), List.of());
	}

	private CategoryEntity current(UUID id, long version) {
		CategoryEntity category = find(id);
		if (category.version() != version) {
			throw CategoryException.changedMeanwhile(category.name());
		}
		return category;
	}

	private CategoryEntity find(UUID id) {
		return categories.findById(id).orElseThrow(() -> CategoryException.notFound(id));
	}

	private static List<CategoryEntity> siblings(List<CategoryEntity> all, @Nullable UUID parentId) {
		return all.stream()
			.filter(c -> Objects.equals(c.parentId(), parentId))
			.sorted(Comparator.comparingInt(CategoryEntity::position))
			.toList();
	}

	private static void refuseDuplicate(List<CategoryEntity> siblings, String name, @Nullable UUID self) {
		String wanted = (name != null) ? name.strip() : "";
		if (siblings.stream().anyMatch(c -> !c.retired() && c.name().equals(wanted) && !c.id().equals(self))) {
			throw CategoryException.invalid("name", "duplicate", wanted);
		}
	}

	private static List<Category> level(List<CategoryEntity> all, @Nullable UUID parentId) {
		return all.stream()
			.filter(c -> Objects.equals(c.parentId(), parentId))
			.map(c -> view(c, level(all, c.id())))
			.toList();
	}

	private static Category view(CategoryEntity c, List<Category> children) {
		return new Category(c.id(), c.code(), c.parentId(), c.name(), c.position(), c.retired(), c.version(), children);
	}

}
