package org.gongkai.disclosure.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.springframework.web.util.HtmlUtils;

/**
 * Marks the words of a search in a text, HTML-escaped. A Chinese query word that does not
 * occur whole (the search matched its character pairs apart) is marked pair by pair.
 */
final class Highlighter {

	private static final int SNIPPET_BEFORE = 30;

	private static final int SNIPPET_LENGTH = 120;

	private final List<String> terms;

	Highlighter(List<String> words) {
		this.terms = words.stream().map(word -> word.toLowerCase(Locale.ROOT)).toList();
	}

	String marked(String text) {
		List<String> present = present(text);
		StringBuilder html = new StringBuilder();
		String lower = text.toLowerCase(Locale.ROOT);
		int at = 0;
		while (at < text.length()) {
			String match = null;
			for (String term : present) {
				if (lower.startsWith(term, at)) {
					match = term;
					break;
				}
			}
			if (match != null) {
				html.append("<mark>")
					.append(HtmlUtils.htmlEscape(text.substring(at, at + match.length())))
					.append("</mark>");
				at += match.length();
			}
			else {
				html.append(HtmlUtils.htmlEscape(String.valueOf(text.charAt(at))));
				at++;
			}
		}
		return html.toString();
	}

	/** The passage around the first match, marked; the opening when nothing matches. */
	String snippet(String text) {
		String lower = text.toLowerCase(Locale.ROOT);
		int first = present(text).stream().mapToInt(lower::indexOf).filter(index -> index >= 0).min().orElse(0);
		int start = Math.max(0, first - SNIPPET_BEFORE);
		int end = Math.min(text.length(), start + SNIPPET_LENGTH);
		return ((start > 0) ? "…" : "") + marked(text.substring(start, end).strip())
				+ ((end < text.length()) ? "…" : "");
	}

	/**
	 * Terms found in the text, longest first so that a whole word wins over its pairs.
	 */
	private List<String> present(String text) {
		String lower = text.toLowerCase(Locale.ROOT);
		List<String> found = new ArrayList<>();
		for (String term : terms) {
			if (lower.contains(term)) {
				found.add(term);
			}
			else {
				for (int i = 0; i + 2 <= term.length(); i++) {
					String pair = term.substring(i, i + 2);
					if (lower.contains(pair)) {
						found.add(pair);
					}
				}
			}
		}
		found.sort(Comparator.comparingInt(String::length).reversed());
		return found;
	}

}
