package org.gongkai.portal.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.gongkai.tenancy.api.Town;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The portal's words and formats in the visitor's language: dates as 2026年11月27日 (27
 * November 2026), sizes, towns' kinds and offices.
 */
@Component
class PortalText {

	private final MessageSource messages;

	PortalText(MessageSource messages) {
		this.messages = messages;
	}

	String get(String code, Locale locale, @Nullable Object... arguments) {
		return messages.getMessage(code, arguments, locale);
	}

	String date(@Nullable LocalDate date, Locale locale) {
		if (date == null) {
			return get("portal.none", locale);
		}
		return DateTimeFormatter.ofPattern(get("portal.date.pattern", locale), locale).format(date);
	}

	String size(long bytes, Locale locale) {
		if (bytes < 1024) {
			return get("portal.size.bytes", locale, bytes);
		}
		if (bytes < 1024 * 1024) {
			return get("portal.size.kilobytes", locale, String.format(Locale.ROOT, "%.1f", bytes / 1024.0));
		}
		return get("portal.size.megabytes", locale, String.format(Locale.ROOT, "%.1f", bytes / (1024.0 * 1024)));
	}

	String kind(Town town, Locale locale) {
		return get("portal.kind." + town.kind(), locale);
	}

	String status(Town town, Locale locale) {
		return get("portal.status." + town.status(), locale);
	}

	/** Who answers for the town: 滨湖镇人民政府, 宁边路街道办事处. */
	String office(Town town, Locale locale) {
		return get("portal.office." + town.kind(), locale, town.name());
	}

	/** The town's site: 滨湖镇政府信息公开. */
	String siteName(Town town, Locale locale) {
		return get("portal.site.town", locale, town.name());
	}

}
