package org.gongkai.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Reads values typed into forms and addresses without failing: what cannot be read is
 * {@code null}, for the caller to report next to its field or to ignore as a filter.
 */
public final class Lenient {

	private Lenient() {
	}

	public static @Nullable UUID uuid(@Nullable String text) {
		try {
			return (text != null && !text.isBlank()) ? UUID.fromString(text.strip()) : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	public static @Nullable Integer integer(@Nullable String text) {
		try {
			return (text != null && !text.isBlank()) ? Integer.valueOf(text.strip()) : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	/** ISO dates ({@code 2026-11-27}), as date fields send them. */
	public static @Nullable LocalDate date(@Nullable String text) {
		try {
			return (text != null && !text.isBlank()) ? LocalDate.parse(text.strip()) : null;
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	/** A constant's name, as select boxes send it. */
	public static <E extends Enum<E>> @Nullable E enumValue(Class<E> type, @Nullable String text) {
		try {
			return (text != null && !text.isBlank()) ? Enum.valueOf(type, text.strip()) : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/** The text stripped, or {@code null} when there is none. */
	public static @Nullable String text(@Nullable String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
