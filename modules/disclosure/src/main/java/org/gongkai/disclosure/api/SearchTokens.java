package org.gongkai.disclosure.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

import org.jspecify.annotations.Nullable;

/**
 * Turns Chinese text into PostgreSQL text-search input without a Chinese dictionary: runs
 * of CJK characters become their single characters and overlapping pairs (政府信息公开 → 政府 府信
 * 信息 息公 公开), runs of letters and digits become lower-cased words. A query made the same
 * way matches any text containing it, whatever the word boundaries.
 */
public final class SearchTokens {

	/** PostgreSQL keeps positions up to 16383; later tokens share the last one. */
	private static final int MAX_POSITION = 16383;

	/**
	 * PostgreSQL keeps at most 256 positions per token; ranking needs far fewer. Bounded
	 * by the text length of the position list.
	 */
	private static final int MAX_POSITIONS_TEXT = 64 * 7;

	/** Text beyond this is not indexed: long bodies would only add noise and size. */
	private static final int MAX_INDEXED_CHARS = 20_000;

	private SearchTokens() {
	}

	/**
	 * A {@code tsvector} literal: title tokens weighted A, keywords B, the rest D.
	 */
	public static String vector(String title, String keywords, String text) {
		Map<String, StringJoiner> positions = new LinkedHashMap<>();
		int[] position = { 0 };
		addAll(positions, position, tokens(title, true), 'A');
		addAll(positions, position, tokens(keywords, true), 'B');
		addAll(positions, position,
				tokens((text.length() > MAX_INDEXED_CHARS) ? text.substring(0, MAX_INDEXED_CHARS) : text, true), 'D');
		StringJoiner vector = new StringJoiner(" ");
		positions.forEach((token, at) -> vector.add(quoted(token) + ":" + at));
		return vector.toString();
	}

	/**
	 * A {@code tsquery} literal requiring every token of the text, or {@code null} when
	 * it has none (only punctuation, say).
	 */
	public static @Nullable String query(String text) {
		List<String> tokens = tokens(text, false);
		if (tokens.isEmpty()) {
			return null;
		}
		StringJoiner query = new StringJoiner(" & ");
		tokens.stream().distinct().forEach(token -> query.add(quoted(token)));
		return query.toString();
	}

	/**
	 * The words of a query as a reader sees them (CJK runs and Latin words), for
	 * highlighting.
	 */
	public static List<String> words(String text) {
		List<String> words = new ArrayList<>();
		StringBuilder run = new StringBuilder();
		Boolean cjk = null;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			Boolean kind = isCjk(c) ? Boolean.TRUE : Character.isLetterOrDigit(c) ? Boolean.FALSE : null;
			if (kind == null || !kind.equals(cjk)) {
				if (!run.isEmpty()) {
					words.add(run.toString());
					run.setLength(0);
				}
			}
			if (kind != null) {
				run.append(c);
			}
			cjk = kind;
		}
		if (!run.isEmpty()) {
			words.add(run.toString());
		}
		return words;
	}

	/**
	 * Tokens in reading order. For documents every character of a CJK run is indexed with
	 * the pairs, so one-character queries work; queries use the pairs alone when they
	 * have them.
	 */
	static List<String> tokens(String text, boolean forDocument) {
		List<String> tokens = new ArrayList<>();
		for (String word : words(text)) {
			if (isCjk(word.charAt(0))) {
				if (word.length() == 1) {
					tokens.add(word);
					continue;
				}
				for (int i = 0; i < word.length(); i++) {
					if (forDocument) {
						tokens.add(word.substring(i, i + 1));
					}
					if (i + 1 < word.length()) {
						tokens.add(word.substring(i, i + 2));
					}
				}
			}
			else {
				tokens.add(word.toLowerCase(Locale.ROOT));
			}
		}
		return tokens;
	}

	private static void addAll(Map<String, StringJoiner> positions, int[] position, List<String> tokens, char weight) {
		for (String token : tokens) {
			position[0] = Math.min(position[0] + 1, MAX_POSITION);
			StringJoiner at = positions.computeIfAbsent(token, t -> new StringJoiner(","));
			if (at.length() < MAX_POSITIONS_TEXT) {
				at.add(position[0] + String.valueOf(weight));
			}
		}
	}

	private static String quoted(String token) {
		return "'" + token.replace("\\", "\\\\").replace("'", "''") + "'";
	}

	private static boolean isCjk(char c) {
		Character.UnicodeScript script = Character.UnicodeScript.of(c);
		return script == Character.UnicodeScript.HAN;
	}

}
