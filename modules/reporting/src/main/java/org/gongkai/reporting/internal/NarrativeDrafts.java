package org.gongkai.reporting.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.gongkai.disclosure.api.CatalogueService;
import org.gongkai.disclosure.api.Category;
import org.gongkai.disclosure.api.CategoryService;
import org.gongkai.disclosure.api.Channel;
import org.gongkai.disclosure.api.ItemQuery;
import org.gongkai.disclosure.api.ItemState;
import org.gongkai.disclosure.api.Timeliness;
import org.gongkai.reporting.api.ProcessingFees;
import org.gongkai.reporting.api.Section;
import org.gongkai.reporting.api.Table3;
import org.gongkai.reporting.api.Table3Column;
import org.gongkai.reporting.api.Table3Row;
import org.gongkai.reporting.api.Table4;
import org.gongkai.reporting.api.Table4Column;
import org.gongkai.tenancy.api.TenantContext;
import org.gongkai.tenancy.api.TownRegistry;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Starting texts for sections 一, 五 and 六 that quote the real figures: the catalogue's
 * publications of the year (on-time rate, by channel, by top-level category), the
 * requests and their outcomes from table 三, the review cases of table 四, the processing
 * fees, and last year's problems. The report is an official Chinese document, so the
 * drafts are Chinese whatever language the reader's screen uses.
 */
@Component
class NarrativeDrafts {

	private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	private final CatalogueService catalogue;

	private final CategoryService categories;

	private final TownRegistry towns;

	private final MessageSource messages;

	NarrativeDrafts(CatalogueService catalogue, CategoryService categories, TownRegistry towns,
			MessageSource messages) {
		this.catalogue = catalogue;
		this.categories = categories;
		this.towns = towns;
		this.messages = messages;
	}

	Map<Section, String> drafts(int year, Table3 table3, Table4 table4, ProcessingFees fees,
			@Nullable String lastYearProblems) {
		Map<Section, String> drafts = new EnumMap<>(Section.class);
		drafts.put(Section.OVERVIEW, overview(year, table3, table4));
		drafts.put(Section.PROBLEMS, problems(lastYearProblems));
		drafts.put(Section.OTHER, (fees.count() == 0) ? text("other.no-fees")
				: text("other.fees", fees.count(), fees.amount().setScale(2).toPlainString()));
		return drafts;
	}

	private String overview(int year, Table3 table3, Table4 table4) {
		String unit = label("town." + towns.require(TenantContext.require()).kind().name());
		List<String> paragraphs = new ArrayList<>();
		Timeliness timeliness = catalogue.timeliness(year);
		if (timeliness.published() == 0) {
			paragraphs.add(text("overview.none", String.valueOf(year), unit));
		}
		else {
			StringBuilder published = new StringBuilder(
					text("overview.published", String.valueOf(year), unit, timeliness.published(), timeliness.onTime(),
							BigDecimal.valueOf(timeliness.onTimeRate()).toPlainString()));
			List<String> channels = new ArrayList<>();
			for (Channel channel : Channel.values()) {
				long count = published(null, channel, year);
				if (count > 0) {
					channels.add(text("overview.count", label("channel." + channel.name()), count));
				}
			}
			if (!channels.isEmpty()) {
				published.append(text("overview.channels", String.join(text("separator"), channels)));
			}
			List<String> byCategory = new ArrayList<>();
			for (Category category : categories.tree()) {
				long count = published(category, null, year);
				if (count > 0) {
					byCategory.add(text("overview.count", category.name(), count));
				}
			}
			if (!byCategory.isEmpty()) {
				published.append(text("overview.categories", String.join(text("separator"), byCategory)));
			}
			paragraphs.add(published.toString());
		}
		paragraphs.add(requests(table3));
		paragraphs.add(text("overview.reviews", value(table4.cell(Table4Column.RECONSIDERATION_TOTAL)),
				value(table4.cell(Table4Column.DIRECT_TOTAL))
						+ value(table4.cell(Table4Column.AFTER_RECONSIDERATION_TOTAL))));
		return String.join("\n", paragraphs);
	}

	private String requests(Table3 table3) {
		int received = value(table3.cell(Table3Row.RECEIVED, Table3Column.TOTAL));
		int carriedIn = value(table3.cell(Table3Row.CARRIED_IN, Table3Column.TOTAL));
		int closed = value(table3.cell(Table3Row.RESULTS_TOTAL, Table3Column.TOTAL));
		int carriedOver = value(table3.cell(Table3Row.CARRIED_OVER, Table3Column.TOTAL));
		if (closed == 0) {
			return text("overview.requests-none", received, carriedIn, carriedOver);
		}
		List<String> outcomes = new ArrayList<>();
		for (Table3Row row : Table3Row.values()) {
			int count = row.isResult() ? value(table3.cell(row, Table3Column.TOTAL)) : 0;
			if (count > 0) {
				outcomes.add(text("overview.outcome", outcomeLabel(row), count));
			}
		}
		return text("overview.requests", received, carriedIn, closed, String.join(text("separator"), outcomes),
				carriedOver);
	}

	/** 予以公开, 部分公开, 不予公开（属于国家秘密）… without the form's numbering. */
	private static String outcomeLabel(Table3Row row) {
		String group = stripNumbering(Objects.requireNonNull(row.level2()));
		int parenthesis = group.indexOf('（');
		if (parenthesis > 0) {
			group = group.substring(0, parenthesis);
		}
		return (row.level3() != null) ? group + "（" + stripNumbering(row.level3()) + "）" : group;
	}

	private static String stripNumbering(String label) {
		return label.replaceFirst("^（[一二三四五六七]）", "").replaceFirst("^\\d+\\.", "");
	}

	private String problems(@Nullable String lastYearProblems) {
		List<String> paragraphs = new ArrayList<>();
		if (lastYearProblems != null && !lastYearProblems.isBlank()) {
			paragraphs.add(text("problems.last-year", lastYearProblems.strip()));
			paragraphs.add(text("problems.improvements"));
		}
		paragraphs.add(text("problems.this-year"));
		return String.join("\n", paragraphs);
	}

	private long published(@Nullable Category category, @Nullable Channel channel, int year) {
		long count = 0;
		// expired and withdrawn items were published in their year all the same, as the
		// catalogue's own count of the year (timeliness) has them
		for (ItemState state : List.of(ItemState.PUBLISHED, ItemState.EXPIRED, ItemState.WITHDRAWN)) {
			count += catalogue
				.list(new ItemQuery(state, (category != null) ? category.id() : null, year, channel, null, 0, 1))
				.total();
		}
		return count;
	}

	private static int value(@Nullable Integer cell) {
		return (cell != null) ? cell : 0;
	}

	private String label(String code) {
		return messages.getMessage("reporting." + code, null, CHINESE);
	}

	private String text(String code, Object... arguments) {
		Object[] texts = new Object[arguments.length];
		for (int i = 0; i < arguments.length; i++) {
			texts[i] = String.valueOf(arguments[i]);
		}
		return messages.getMessage("reporting.draft." + code, texts, CHINESE);
	}

}
