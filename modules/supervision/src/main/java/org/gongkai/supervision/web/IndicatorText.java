package org.gongkai.supervision.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.gongkai.supervision.api.Indicator;
import org.gongkai.supervision.api.ReportStage;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;

/**
 * How the pages and the exports write an {@link Indicator}'s value, and which indicators
 * each part of the page shows. Rates arrive in percent with one decimal, working days
 * with one decimal, counts as whole numbers; a value that cannot be computed (a rate
 * without a denominator, a report not known) reads as a dash.
 */
final class IndicatorText {

	/** The columns of the table of towns, after the town's name and code. */
	static final List<Indicator> TABLE = List.of(Indicator.ITEMS_PUBLISHED, Indicator.ON_TIME_PUBLICATION_RATE,
			Indicator.REQUESTS_RECEIVED, Indicator.OPEN_REQUESTS, Indicator.DUE_SOON_REQUESTS,
			Indicator.OVERDUE_REQUESTS, Indicator.ON_TIME_REPLY_RATE, Indicator.AVERAGE_WORKING_DAYS_TO_DECIDE,
			Indicator.CORRECTION_RATE, Indicator.REPORT_STAGE, Indicator.REPORT_DAYS_LATE);

	/** The figures above the table, in groups, each group's name a message key. */
	static final List<Group> SUMMARY = List.of(
			new Group("supervision.page.group.publication",
					List.of(Indicator.ITEMS_PUBLISHED, Indicator.ITEMS_PUBLISHED_LATE,
							Indicator.ON_TIME_PUBLICATION_RATE, Indicator.ITEMS_WITHDRAWN)),
			new Group("supervision.page.group.requests",
					List.of(Indicator.REQUESTS_RECEIVED, Indicator.REQUESTS_DECIDED, Indicator.REQUESTS_DECIDED_ON_TIME,
							Indicator.ON_TIME_REPLY_RATE, Indicator.AVERAGE_WORKING_DAYS_TO_DECIDE)),
			new Group("supervision.page.group.backlog",
					List.of(Indicator.OPEN_REQUESTS, Indicator.DUE_SOON_REQUESTS, Indicator.OVERDUE_REQUESTS,
							Indicator.DUE_SOON_ALERTS, Indicator.OVERDUE_ALERTS)),
			new Group("supervision.page.group.outcomes",
					List.of(Indicator.OUTCOME_DISCLOSED, Indicator.OUTCOME_PARTLY_DISCLOSED, Indicator.OUTCOME_WITHHELD,
							Indicator.OUTCOME_UNAVAILABLE, Indicator.OUTCOME_NOT_PROCESSED, Indicator.OUTCOME_OTHER)),
			new Group("supervision.page.group.reviews",
					List.of(Indicator.REVIEWS_OPENED, Indicator.REVIEWS_CLOSED, Indicator.REVIEWS_UPHELD,
							Indicator.REVIEWS_CORRECTED, Indicator.REVIEWS_OTHER_RESULT, Indicator.CORRECTION_RATE)));

	/**
	 * Every indicator the exports carry and the page defines: all but the town's name and
	 * code.
	 */
	static final List<Indicator> ALL = java.util.Arrays.stream(Indicator.values())
		.filter(indicator -> indicator != Indicator.CODE && indicator != Indicator.NAME)
		.toList();

	private IndicatorText() {
	}

	/** A part of the summary. */
	record Group(String title, List<Indicator> indicators) {
	}

	static boolean percent(Indicator indicator) {
		return indicator.key().endsWith("-rate");
	}

	static String text(Indicator indicator, @Nullable Object value, MessageSource messages, Locale locale) {
		if (value == null) {
			return "—";
		}
		if (value instanceof BigDecimal decimal) {
			return oneDecimal(locale).format(decimal) + (percent(indicator) ? "%" : "");
		}
		if (value instanceof Long || value instanceof Integer) {
			return NumberFormat.getIntegerInstance(locale).format(((Number) value).longValue());
		}
		if (value instanceof ReportStage stage) {
			return messages.getMessage("supervision.report-stage." + stage.name(), null, locale);
		}
		if (value instanceof LocalDate day) {
			return day.toString();
		}
		return value.toString();
	}

	/**
	 * The value as a CSV cell: no grouping separators, a rate with its % sign, nothing
	 * for none.
	 */
	static String plain(Indicator indicator, @Nullable Object value, MessageSource messages, Locale locale) {
		if (value == null) {
			return "";
		}
		if (value instanceof BigDecimal decimal) {
			return decimal.setScale(1, RoundingMode.HALF_UP).toPlainString() + (percent(indicator) ? "%" : "");
		}
		if (value instanceof Number number) {
			return String.valueOf(number.longValue());
		}
		return text(indicator, value, messages, locale);
	}

	private static NumberFormat oneDecimal(Locale locale) {
		NumberFormat format = NumberFormat.getNumberInstance(locale);
		format.setMinimumFractionDigits(1);
		format.setMaximumFractionDigits(1);
		format.setRoundingMode(RoundingMode.HALF_UP);
		return format;
	}

}
