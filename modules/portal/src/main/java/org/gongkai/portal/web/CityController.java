package org.gongkai.portal.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.gongkai.tenancy.api.Town;
import org.gongkai.tenancy.api.TownStatus;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The city's front page with its towns, the sitemap index and robots.txt. */
@Controller
class CityController {

	static final String VIEW_CITY = "portal/city";

	private final PortalTowns towns;

	private final Sites sites;

	private final PortalText text;

	private final PortalProperties properties;

	CityController(PortalTowns towns, Sites sites, PortalText text, PortalProperties properties) {
		this.towns = towns;
		this.sites = sites;
		this.text = text;
		this.properties = properties;
	}

	@GetMapping("/")
	String city(HttpServletRequest request, Locale locale, Model model) {
		Links links = Links.of(request);
		model.addAttribute("site", sites.city(request, locale, null));
		model.addAttribute("towns",
				towns.listed()
					.stream()
					.map(town -> new TownRow(town.name(), links.town(town.code()), text.kind(town, locale),
							text.status(town, locale), town.status() == TownStatus.SUSPENDED,
							town.status() == TownStatus.ARCHIVED))
					.toList());
		return VIEW_CITY;
	}

	/** sitemaps.org index: one sitemap per town whose pages can be read. */
	@GetMapping("/sitemap.xml")
	ResponseEntity<String> sitemapIndex(HttpServletRequest request) {
		String base = Links.base(request, properties);
		Links links = Links.of(request);
		try (Xml xml = new Xml()) {
			xml.root("sitemapindex", "http://www.sitemaps.org/schemas/sitemap/0.9");
			for (Town town : towns.readable()) {
				xml.start("sitemap").element("loc", base + links.sitemap(town.code())).end();
			}
			return ResponseEntity.ok().contentType(FeedController.XML).body(xml.finish());
		}
	}

	/**
	 * Crawlers may read the portal, not the staff screens or the API; search results are
	 * left out, as endless combinations of words would only repeat the items.
	 */
	@GetMapping("/robots.txt")
	ResponseEntity<String> robots(HttpServletRequest request) {
		String robots = String.join("\n", "User-agent: *", "Allow: /", "Disallow: /staff/", "Disallow: /admin/",
				"Disallow: /api/", "Disallow: /oauth2/", "Disallow: /login/", "Disallow: /towns/*/search", "",
				"Sitemap: " + Links.base(request, properties) + Links.of(request).sitemapIndex(), "");
		return ResponseEntity.ok().contentType(new MediaType("text", "plain", StandardCharsets.UTF_8)).body(robots);
	}

	/**
	 * @param paused suspended: marked, its pages say the service is paused
	 */
	record TownRow(String name, String href, String kind, String status, boolean paused, boolean archived) {
	}

}
