package org.gongkai.portal.web;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.gongkai.disclosure.api.PublicCatalogue;
import org.gongkai.disclosure.api.Uploads;
import org.gongkai.reporting.api.ReportWorkflow;
import org.gongkai.tenancy.api.Town;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A town's public pages: its home, the catalogue by category and year, each item with its
 * attachments, and search. Tenancy made the town in the address current.
 */
@Controller
class TownController {

	static final String VIEW_HOME = "portal/town";

	static final String VIEW_CATALOGUE = "portal/catalogue";

	static final String VIEW_ITEM = "portal/item";

	static final String VIEW_SEARCH = "portal/search";

	private final PortalTowns towns;

	private final TownPages pages;

	private final Sites sites;

	private final PortalText text;

	private final PublicCatalogue catalogue;

	private final ReportWorkflow reports;

	TownController(PortalTowns towns, TownPages pages, Sites sites, PortalText text, PublicCatalogue catalogue,
			ReportWorkflow reports) {
		this.reports = reports;
		this.towns = towns;
		this.pages = pages;
		this.sites = sites;
		this.text = text;
		this.catalogue = catalogue;
	}

	@GetMapping("/towns/{code}")
	String home(@PathVariable String code, HttpServletRequest request, Locale locale, Model model) {
		Town town = towns.open(code);
		model.addAttribute("site", sites.town(request, town, Sites.HOME, locale));
		model.addAttribute("home", pages.home(town, Links.of(request), locale));
		model.addAttribute("office", text.office(town, locale));
		model.addAttribute("reports",
				reports.publishedReports()
					.stream()
					.map(report -> new ReportLink(String.valueOf(report.year()), report.versionNumber() > 1,
							Links.of(request).town(code) + "/annual-reports/" + report.year()))
					.toList());
		return VIEW_HOME;
	}

	@GetMapping("/towns/{code}/catalogue")
	String catalogue(@PathVariable String code, @RequestParam(required = false) @Nullable String category,
			@RequestParam(required = false) @Nullable String year,
			@RequestParam(required = false) @Nullable String page, HttpServletRequest request, Locale locale,
			Model model) {
		Town town = towns.open(code);
		Integer chosenYear = Params.year(year);
		model.addAttribute("site", sites.town(request, town, Sites.CATALOGUE, locale,
				Sites.here(text.get("portal.catalogue.title", locale))));
		model.addAttribute("listing",
				pages.browse(town, Params.uuid(category), chosenYear, Params.page(page), Links.of(request), locale));
		// a string, so that the message shows 2026, not 2,026
		model.addAttribute("year", (chosenYear != null) ? chosenYear.toString() : null);
		return VIEW_CATALOGUE;
	}

	@GetMapping("/towns/{code}/items/{id}")
	String item(@PathVariable String code, @PathVariable String id, HttpServletRequest request, Locale locale,
			Model model) {
		Town town = towns.open(code);
		Links links = Links.of(request);
		var item = itemId(id).flatMap(uuid -> pages.item(town, uuid, links, locale))
			.orElseThrow(() -> new PortalNotFound("item " + id));
		model.addAttribute("site",
				sites.town(request, town, Sites.CATALOGUE, locale,
						Sites.via(text.get("portal.catalogue.title", locale), links.catalogue(code, null, null, 1)),
						Sites.here(item.title())));
		model.addAttribute("item", item);
		return VIEW_ITEM;
	}

	@GetMapping("/towns/{code}/items/{id}/attachments/{attachmentId}")
	ResponseEntity<byte[]> attachment(@PathVariable String code, @PathVariable String id,
			@PathVariable String attachmentId) {
		towns.open(code);
		UUID attachment = Params.uuid(attachmentId);
		return itemId(id)
			.flatMap(uuid -> (attachment != null) ? catalogue.attachment(uuid, attachment) : Optional.empty())
			.map(Uploads::download)
			.orElseThrow(() -> new PortalNotFound("attachment " + attachmentId));
	}

	@GetMapping("/towns/{code}/search")
	String search(@PathVariable String code, @RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String category,
			@RequestParam(required = false) @Nullable String year,
			@RequestParam(required = false) @Nullable String page, HttpServletRequest request, Locale locale,
			Model model) {
		Town town = towns.open(code);
		String query = Params.query(q);
		model.addAttribute("site",
				sites.town(request, town, Sites.SEARCH, locale, Sites.here(text.get("portal.search.title", locale))));
		model.addAttribute("query", query);
		model.addAttribute("results", pages.search(town, query, Params.uuid(category), Params.year(year),
				Params.page(page), Links.of(request), locale));
		return VIEW_SEARCH;
	}

	/** Any other address under a town: the portal's own 404 page. */
	@GetMapping("/towns/{code}/**")
	String unknown(@PathVariable String code) {
		towns.open(code);
		throw new PortalNotFound("page");
	}

	/** A published report on the town's home: its year, and whether it was corrected. */
	record ReportLink(String year, boolean corrected, String href) {
	}

	private static Optional<UUID> itemId(String id) {
		return Optional.ofNullable(Params.uuid(id));
	}

}
