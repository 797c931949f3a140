package org.gongkai.portal.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.gongkai.disclosure.api.CatalogueItem;
import org.gongkai.disclosure.api.ItemPage;
import org.gongkai.disclosure.api.PublicCatalogue;
import org.gongkai.tenancy.api.Town;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A town's Atom feed of its latest publications and its sitemap, for readers and
 * crawlers.
 */
@RestController
class FeedController {

	static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

	static final MediaType XML = MediaType.parseMediaType("application/xml;charset=UTF-8");

	static final int FEED_ENTRIES = 50;

	/** The sitemaps.org limit for one file. */
	static final int SITEMAP_URLS = 50_000;

	private static final int SITEMAP_BATCH = 500;

	/** The city's time: Xinjiang's offices keep Beijing time. */
	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private final PortalTowns towns;

	private final PublicCatalogue catalogue;

	private final PortalText text;

	private final PortalProperties properties;

	FeedController(PortalTowns towns, PublicCatalogue catalogue, PortalText text, PortalProperties properties) {
		this.towns = towns;
		this.catalogue = catalogue;
		this.text = text;
		this.properties = properties;
	}

	/** Atom 1.0 (RFC 4287): the latest publications, newest first. */
	@GetMapping("/towns/{code}/feed.atom")
	ResponseEntity<String> feed(@PathVariable String code, HttpServletRequest request, Locale locale) {
		Town town = towns.open(code);
		String base = Links.base(request, properties);
		Links links = Links.of(request);
		List<CatalogueItem> items = catalogue.browse(null, null, 0, FEED_ENTRIES).content();
		Instant updated = items.stream().map(CatalogueItem::updatedAt).max(Instant::compareTo).orElse(town.updatedAt());
		try (Xml xml = new Xml()) {
			xml.root("feed", "http://www.w3.org/2005/Atom")
				.language(locale.toLanguageTag())
				.element("id", base + links.town(code))
				.element("title", text.siteName(town, locale))
				.element("subtitle", text.get("portal.feed.subtitle", locale, town.name()))
				.element("updated", instant(updated))
				.empty("link", "rel", "self", "type", ATOM.getType() + "/" + ATOM.getSubtype(), "href",
						base + links.feed(code))
				.empty("link", "rel", "alternate", "type", "text/html", "href", base + links.town(code))
				.start("author")
				.element("name", text.office(town, locale))
				.end();
			for (CatalogueItem item : items) {
				String href = base + links.item(code, item.id());
				xml.start("entry")
					.element("id", "urn:uuid:" + item.id())
					.element("title", item.title())
					.empty("link", "rel", "alternate", "type", "text/html", "href", href)
					.element("updated", instant(item.updatedAt()));
				if (item.publishedOn() != null) {
					xml.element("published", startOf(item.publishedOn()));
				}
				xml.start("author").element("name", item.publisher()).end();
				if (item.indexNumber() != null) {
					xml.element("summary", text.get("portal.feed.summary", locale, item.indexNumber(),
							item.summary().isBlank() ? item.title() : item.summary()));
				}
				xml.end();
			}
			return ResponseEntity.ok().contentType(ATOM).body(xml.finish());
		}
	}

	/**
	 * sitemaps.org: the town's home, its catalogue and every public item, up to the
	 * 50,000 addresses one sitemap may hold.
	 */
	@GetMapping("/towns/{code}/sitemap.xml")
	ResponseEntity<String> sitemap(@PathVariable String code, HttpServletRequest request) {
		towns.open(code);
		String base = Links.base(request, properties);
		Links links = Links.of(request);
		try (Xml xml = new Xml()) {
			xml.root("urlset", "http://www.sitemaps.org/schemas/sitemap/0.9");
			xml.start("url").element("loc", base + links.town(code)).element("changefreq", "daily").end();
			xml.start("url")
				.element("loc", base + links.catalogue(code, null, null, 1))
				.element("changefreq", "daily")
				.end();
			int room = SITEMAP_URLS - 2;
			for (int page = 0; room > 0; page++) {
				ItemPage<CatalogueItem> batch = catalogue.browse(null, null, page, SITEMAP_BATCH);
				for (CatalogueItem item : batch.content().subList(0, Math.min(room, batch.content().size()))) {
					xml.start("url")
						.element("loc", base + links.item(code, item.id()))
						.element("lastmod", LocalDate.ofInstant(item.updatedAt(), ZONE).toString())
						.end();
				}
				room -= batch.content().size();
				if (!batch.hasNext()) {
					break;
				}
			}
			return ResponseEntity.ok().contentType(XML).body(xml.finish());
		}
	}

	private static String instant(Instant instant) {
		return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.truncatedTo(ChronoUnit.SECONDS).atZone(ZONE));
	}

	private static String startOf(LocalDate day) {
		return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(day.atStartOfDay(ZONE));
	}

}
