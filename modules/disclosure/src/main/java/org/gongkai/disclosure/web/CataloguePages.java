package org.gongkai.disclosure.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.gongkai.disclosure.api.Category;
import org.gongkai.disclosure.api.CategoryService;
import org.gongkai.disclosure.api.ItemException;
import org.gongkai.tenancy.api.Town;
import org.gongkai.tenancy.api.TownRegistry;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;

/**
 * What the catalogue's staff screens share: messages in the reader's language, the
 * category tree as choices, times in the town's zone.
 */
@Component
class CataloguePages {

	/** Deeper levels of the tree are indented by this in a select. */
	private static final String INDENT = "\u3000";

	private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final MessageSource messages;

	private final CategoryService categories;

	private final TownRegistry towns;

	private final Clock clock;

	CataloguePages(MessageSource messages, CategoryService categories, TownRegistry towns, Clock clock) {
		this.messages = messages;
		this.categories = categories;
		this.towns = towns;
		this.clock = clock;
	}

	Town town(String code) {
		return towns.require(code);
	}

	String text(MessageSourceResolvable message, Locale locale) {
		return messages.getMessage(message, locale);
	}

	String text(String code, Locale locale, Object... arguments) {
		return messages.getMessage(code, arguments, locale);
	}

	/** The detail of a refusal, as the API would give it. */
	String text(ErrorResponse problem, Locale locale) {
		return messages.getMessage(problem.getDetailMessageCode(), problem.getDetailMessageArguments(), locale);
	}

	/** Field name → message, to show beside each field. */
	Map<String, String> fieldErrors(ItemException ex, Locale locale) {
		Map<String, String> errors = new LinkedHashMap<>();
		ex.fieldErrors().forEach((field, message) -> errors.put(field, text(message, locale)));
		return errors;
	}

	/**
	 * The tree in reading order, children indented under their parent.
	 * @param withRetired retired categories too (marked), for filters over old items
	 */
	List<CategoryOption> categoryOptions(boolean withRetired) {
		List<CategoryOption> options = new ArrayList<>();
		addOptions(categories.tree(), 0, withRetired, options);
		return options;
	}

	private static void addOptions(List<Category> level, int depth, boolean withRetired, List<CategoryOption> options) {
		for (Category category : level) {
			if (category.retired() && !withRetired) {
				continue;
			}
			options.add(new CategoryOption(category.id().toString(), INDENT.repeat(depth) + category.name(),
					category.retired()));
			addOptions(category.children(), depth + 1, withRetired, options);
		}
	}

	/** Each category's name with its parents', as 政策文件 / 其他文件. */
	Map<UUID, String> categoryNames() {
		Map<UUID, String> names = new HashMap<>();
		addNames(categories.tree(), "", names);
		return names;
	}

	private static void addNames(List<Category> level, String prefix, Map<UUID, String> names) {
		for (Category category : level) {
			String name = prefix + category.name();
			names.put(category.id(), name);
			addNames(category.children(), name + " / ", names);
		}
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

	String time(@Nullable Instant instant) {
		return (instant != null) ? MINUTES.format(instant.atZone(clock.getZone())) : "";
	}

	Clock clock() {
		return clock;
	}

	/** An option of a category select. */
	record CategoryOption(String id, String label, boolean retired) {
	}

}
