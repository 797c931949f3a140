package org.gongkai.portal.web;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What the portal layout shows around a page: the site's name, its navigation, the
 * breadcrumb trail, the language switch and the archived notice.
 *
 * @param town the town's code on a town's pages, null on the city's
 * @param crumbs from the city's home to this page, which comes last without a link
 */
record Site(String name, String homeHref, @Nullable String town, @Nullable String townName, boolean archived,
		List<Link> nav, List<Link> crumbs, String chineseHref, String englishHref, @Nullable String feedHref) {

	/**
	 * A link.
	 *
	 * @param current its {@code aria-current}: {@code page} for the page the visitor is
	 * on, {@code true} for the section the page belongs to, null otherwise
	 */
	record Link(String label, @Nullable String href, @Nullable String current) {
	}

}
