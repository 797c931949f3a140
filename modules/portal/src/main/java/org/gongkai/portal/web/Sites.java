package org.gongkai.portal.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.gongkai.portal.web.Site.Link;
import org.gongkai.tenancy.api.Town;
import org.gongkai.tenancy.api.TownStatus;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/** Builds the {@link Site} around each page. */
@Component
class Sites {

	static final String HOME = "home";

	static final String CATALOGUE = "catalogue";

	static final String SEARCH = "search";

	static final String APPLY = "apply";

	static final String STATUS = "status";

	private static final String PAGE = "page";

	private static final String SECTION = "true";

	private final PortalText text;

	Sites(PortalText text) {
		this.text = text;
	}

	/**
	 * A page of the city's: its list of towns, or an error page outside any town.
	 * @param here this page's name in the breadcrumb trail; null on the home page itself
	 */
	Site city(HttpServletRequest request, Locale locale, @Nullable String here) {
		Links links = Links.of(request);
		List<Link> crumbs = new ArrayList<>();
		crumbs.add(new Link(text.get("portal.city.home", locale), (here != null) ? links.city() : null,
				(here == null) ? PAGE : null));
		if (here != null) {
			crumbs.add(here(here));
		}
		return new Site(text.get("portal.site.city", locale), links.city(), null, null, false, List.of(), crumbs,
				Links.language(request, "zh-CN"), Links.language(request, "en"), null);
	}

	/**
	 * A town's page.
	 * @param section {@link #HOME}, {@link #CATALOGUE}, {@link #SEARCH}, {@link #APPLY},
	 * {@link #STATUS} or null: which entry of the navigation is current
	 * @param trail the crumbs after the town's home, the last one being this page
	 */
	Site town(HttpServletRequest request, Town town, @Nullable String section, Locale locale, Link... trail) {
		Links links = Links.of(request);
		String home = links.town(town.code());
		// the section's own page is one step below the town's home (the home is none)
		String current = ((HOME.equals(section) ? 0 : 1) == trail.length) ? PAGE : SECTION;
		List<Link> nav = List.of(
				new Link(text.get("portal.nav.home", locale), home, HOME.equals(section) ? current : null),
				new Link(text.get("portal.nav.catalogue", locale), links.catalogue(town.code(), null, null, 1),
						CATALOGUE.equals(section) ? current : null),
				new Link(text.get("portal.nav.search", locale), links.search(town.code(), null, null, null, 1),
						SEARCH.equals(section) ? current : null),
				new Link(text.get("portal.nav.apply", locale), home + "#apply", null),
				new Link(text.get("portal.nav.apply-online", locale), links.apply(town.code()),
						APPLY.equals(section) ? current : null),
				new Link(text.get("portal.nav.request-status", locale), links.requestStatus(town.code()),
						STATUS.equals(section) ? current : null),
				new Link(text.get("portal.nav.towns", locale), links.city(), null));
		List<Link> crumbs = new ArrayList<>();
		crumbs.add(new Link(text.get("portal.city.home", locale), links.city(), null));
		crumbs.add(new Link(town.name(), (trail.length > 0) ? home : null, (trail.length == 0) ? PAGE : null));
		crumbs.addAll(List.of(trail));
		return new Site(text.siteName(town, locale), home, town.code(), town.name(),
				town.status() == TownStatus.ARCHIVED, nav, crumbs, Links.language(request, "zh-CN"),
				Links.language(request, "en"), links.feed(town.code()));
	}

	/** This page, last in the trail. */
	static Link here(String label) {
		return new Link(label, null, PAGE);
	}

	/** A page on the way. */
	static Link via(String label, String href) {
		return new Link(label, href, null);
	}

}
