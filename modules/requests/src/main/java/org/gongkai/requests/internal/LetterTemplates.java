package org.gongkai.requests.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gongkai.requests.api.Outcome;
import org.gongkai.requests.api.ReplyLetter;

/**
 * The wording of the reply letters: title, draft body and the fixed paragraphs for each
 * {@link Outcome.Group}, read from {@code letters/templates.properties}. The texts are
 * data, not code, because towns word their letters differently and must be able to
 * override any of them without a release.
 * <p>
 * A key is looked up for the outcome first ({@code body.WITHHELD_ENFORCEMENT_FILE}), then
 * for its group ({@code body.WITHHELD}), so one reason can be worded apart from its
 * group.
 */
public final class LetterTemplates {

	/** The defaults shipped with the module. */
	public static final String RESOURCE = "letters/templates.properties";

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)\\}");

	// Anything in braces looks like a placeholder to whoever types it, {名字} included,
	// so a town's text is checked with this wider pattern.
	private static final Pattern ANY_PLACEHOLDER = Pattern.compile("\\{([^{}\\s]+)\\}");

	/** What every text about a letter may use. */
	private static final List<String> LETTER_FACTS = List.of("town", "trackingCode", "receivedOn", "applicant",
			"description", "legalBasis", "decidedOn");

	private final Map<String, String> texts;

	/** The shipped wording. */
	public LetterTemplates() {
		this(Map.of());
	}

	/**
	 * @param overrides a town's own wording, by the same keys as the shipped file; keys
	 * not given keep the shipped text
	 */
	public LetterTemplates(Map<String, String> overrides) {
		var merged = new HashMap<>(defaults());
		merged.putAll(overrides);
		this.texts = Map.copyOf(merged);
	}

	/** The shipped texts by key, in key order. */
	public static Map<String, String> defaultTexts() {
		return new TreeMap<>(defaults());
	}

	/**
	 * The placeholders the text of {@code key} may use: the document number its own, the
	 * bodies the intro and the reason too, the intro the reason, every other text the
	 * letter's facts, titles none. They follow the order {@link #draft} fills them in.
	 */
	public static List<String> placeholders(String key) {
		if (key.equals("number")) {
			return List.of("townShort", "year", "serial");
		}
		if (key.startsWith("title.")) {
			// titles print as they are written
			return List.of();
		}
		var names = new ArrayList<>(LETTER_FACTS);
		if (key.equals("intro") || key.startsWith("body.")) {
			names.add("reason");
		}
		if (key.startsWith("body.")) {
			names.add("intro");
		}
		return List.copyOf(names);
	}

	/**
	 * The {@code {name}}s in {@code text} that the text of {@code key} cannot use, in
	 * order of appearance: a town's text with one would print it literally.
	 */
	public static List<String> unknownPlaceholders(String key, String text) {
		var allowed = placeholders(key);
		var unknown = new LinkedHashSet<String>();
		Matcher matcher = ANY_PLACEHOLDER.matcher(text);
		while (matcher.find()) {
			if (!allowed.contains(matcher.group(1))) {
				unknown.add(matcher.group());
			}
		}
		return List.copyOf(unknown);
	}

	/**
	 * The date as official documents write it, Arabic numerals without leading zeros
	 * (GB/T 9704): {@code 2026年11月27日}.
	 */
	public static String date(LocalDate date) {
		return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
	}

	/** The letter's title, such as {@code 政府信息部分公开告知书}. */
	public String title(Outcome outcome) {
		return text("title", outcome);
	}

	/**
	 * The body the officer starts from: the standard wording for the outcome, filled with
	 * the letter's facts. The officer edits it, and the edited text becomes
	 * {@link ReplyLetter#decision()}.
	 */
	public String draft(Outcome outcome, ReplyLetter letter) {
		var values = values(letter);
		values.put("reason", fill(this.texts.getOrDefault("reason." + outcome.name(), ""), values));
		values.put("intro", fill(text("intro", outcome), values));
		return fill(text("body", outcome), values);
	}

	/** The line addressing the applicant, such as {@code 张三：}. */
	public String salutation(ReplyLetter letter) {
		return fill(text("salutation", letter.outcome()), values(letter));
	}

	/** The sentence naming the legal basis. */
	public String basis(ReplyLetter letter) {
		return fill(text("basis", letter.outcome()), values(letter));
	}

	/** The notice of the applicant's remedies: reconsideration and litigation. */
	public String remedy(ReplyLetter letter) {
		return fill(text("remedy", letter.outcome()), values(letter));
	}

	/**
	 * The letter's 文号, such as {@code 滨湖镇依申公开〔2026〕12号}.
	 * @param townShort the short name the town uses in its document numbers
	 * @param year the year of the letter
	 * @param serial the letter's number within the year
	 */
	public String documentNumber(String townShort, int year, int serial) {
		var values = new HashMap<String, String>();
		values.put("townShort", townShort);
		// String.valueOf, not a number format, so 2026 never becomes 2,026
		values.put("year", String.valueOf(year));
		values.put("serial", String.valueOf(serial));
		return fill(required("number"), values);
	}

	private String text(String kind, Outcome outcome) {
		var specific = this.texts.get(kind + "." + outcome.name());
		if (specific != null) {
			return specific;
		}
		var grouped = this.texts.get(kind + "." + outcome.group().name());
		return (grouped != null) ? grouped : required(kind);
	}

	private String required(String key) {
		var text = this.texts.get(key);
		if (text == null) {
			throw new IllegalStateException("No letter text '" + key + "' in " + RESOURCE + " or the town's overrides");
		}
		return text;
	}

	private static Map<String, String> values(ReplyLetter letter) {
		var values = new HashMap<String, String>();
		values.put("town", letter.town());
		values.put("trackingCode", letter.trackingCode());
		values.put("receivedOn", date(letter.receivedOn()));
		values.put("applicant", letter.applicant());
		values.put("description", letter.description());
		values.put("legalBasis", letter.legalBasis());
		values.put("decidedOn", date(letter.decidedOn()));
		return values;
	}

	/**
	 * Replaces known placeholders and leaves unknown ones visible, so a typo in a town's
	 * template shows in the draft instead of silently vanishing. Not MessageFormat: its
	 * quoting rules would eat the apostrophes and braces officers type.
	 */
	private static String fill(String template, Map<String, String> values) {
		Matcher matcher = PLACEHOLDER.matcher(template);
		var result = new StringBuilder();
		while (matcher.find()) {
			var value = values.get(matcher.group(1));
			matcher.appendReplacement(result, Matcher.quoteReplacement((value != null) ? value : matcher.group()));
		}
		matcher.appendTail(result);
		return result.toString();
	}

	private static Map<String, String> defaults() {
		return texts(RESOURCE);
	}

	/**
	 * The texts of a UTF-8 properties file on the class path (letter wording).
	 * @throws IllegalStateException when it is missing
	 */
	static Map<String, String> texts(String resource) {
		var properties = new Properties();
		try (InputStream in = LetterTemplates.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException(resource + " is missing from the class path");
			}
			// Properties.load(InputStream) would read ISO-8859-1 and garble every
			// character
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		var texts = new HashMap<String, String>();
		properties.stringPropertyNames().forEach((key) -> texts.put(key, properties.getProperty(key)));
		return Map.copyOf(texts);
	}

}
