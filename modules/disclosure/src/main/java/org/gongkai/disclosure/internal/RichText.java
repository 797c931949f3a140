package org.gongkai.disclosure.internal;

import java.util.List;
import java.util.Locale;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * An item body as rich text. Formatting pasted from office documents is tidied away
 * quietly, but active content (scripts, frames, event handlers, {@code javascript:}
 * links) is refused outright: it never comes from an honest edit, and silently dropping
 * it would hide an attack from the reviewer.
 */
final class RichText {

	private static final Safelist ALLOWED = Safelist.relaxed()
		.addTags("figure", "figcaption", "hr", "span")
		.addAttributes("td", "rowspan", "colspan")
		.addAttributes("th", "rowspan", "colspan")
		.addAttributes(":all", "title")
		.preserveRelativeLinks(true);

	private static final List<String> ACTIVE_TAGS = List.of("script", "iframe", "frame", "frameset", "object", "embed",
			"applet", "form", "input", "button", "textarea", "select", "base", "meta", "link", "style", "svg", "math");

	private RichText() {
	}

	/** Whether the HTML carries active content; such a body is refused. */
	static boolean isActive(String html) {
		Document document = Jsoup.parseBodyFragment(html);
		for (Element element : document.getAllElements()) {
			if (ACTIVE_TAGS.contains(element.normalName())) {
				return true;
			}
			for (var attribute : element.attributes()) {
				String name = attribute.getKey().toLowerCase(Locale.ROOT);
				String value = attribute.getValue().strip().toLowerCase(Locale.ROOT).replaceAll("\\s", "");
				if (name.startsWith("on") || value.startsWith("javascript:") || value.startsWith("vbscript:")
						|| (value.startsWith("data:") && !name.equals("src"))) {
					return true;
				}
			}
		}
		return false;
	}

	/** The allowed formatting only; call after {@link #isActive} said no. */
	static String clean(String html) {
		Document dirty = Jsoup.parseBodyFragment(html, "https://gongkai.invalid/");
		Document clean = new Cleaner(ALLOWED).clean(dirty);
		clean.outputSettings().prettyPrint(false);
		return clean.body().html();
	}

	/**
	 * A body as old catalogues keep it: HTML when it has tags, else plain text whose
	 * lines become paragraphs (the HTML cleaner would run them together).
	 */
	static String fromSheet(String text) {
		if (!Jsoup.parseBodyFragment(text).body().children().isEmpty()) {
			return text;
		}
		StringBuilder html = new StringBuilder();
		for (String line : text.split("\\R")) {
			if (!line.isBlank()) {
				html.append("<p>").append(Entities.escape(line.strip())).append("</p>");
			}
		}
		return html.toString();
	}

	/** The text a reader sees, for search and snippets. */
	static String text(String html) {
		return Jsoup.parseBodyFragment(html).text();
	}

}
