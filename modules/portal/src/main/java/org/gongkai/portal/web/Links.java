package org.gongkai.portal.web;

import java.net.URI;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Addresses of the portal's pages from the server root (context path included, no host),
 * so that a cached page is right whatever host name it is served under. Page numbers in
 * addresses start at 1 and are left out for the first page.
 */
final class Links {

	private final String contextPath;

	private Links(String contextPath) {
		this.contextPath = contextPath;
	}

	static Links of(HttpServletRequest request) {
		return new Links(request.getContextPath());
	}

	String city() {
		return contextPath + "/";
	}

	String town(String code) {
		return build("/towns/{code}", code).toUriString();
	}

	String catalogue(String code, @Nullable UUID category, @Nullable Integer year, int page) {
		return build("/towns/{code}/catalogue", code, "category", category, "year", year, "page",
				(page > 1) ? page : null)
			.toUriString();
	}

	String search(String code, @Nullable String query, @Nullable UUID category, @Nullable Integer year, int page) {
		return build("/towns/{code}/search", code, "q", query, "category", category, "year", year, "page",
				(page > 1) ? page : null)
			.toUriString();
	}

	String item(String code, UUID id) {
		return build("/towns/{code}/items/{id}", code, id).toUriString();
	}

	String attachment(String code, UUID id, UUID attachmentId) {
		return build("/towns/{code}/items/{id}/attachments/{attachment}", code, id, attachmentId).toUriString();
	}

	String apply(String code) {
		return build("/towns/{code}/requests/new", code).toUriString();
	}

	String requestStatus(String code) {
		return build("/towns/{code}/requests/status", code).toUriString();
	}

	String sitemap(String code) {
		return build("/towns/{code}/sitemap.xml", code).toUriString();
	}

	String sitemapIndex() {
		return contextPath + "/sitemap.xml";
	}

	/**
	 * Scheme, host and port for absolute links (feeds, sitemaps): the configured public
	 * address, else the one the request came by.
	 */
	static String base(HttpServletRequest request, PortalProperties properties) {
		URI configured = properties.baseUrl();
		if (configured != null) {
			String base = configured.toString();
			return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
		}
		return ServletUriComponentsBuilder.fromContextPath(request).replacePath(null).build().toUriString();
	}

	String feed(String code) {
		return build("/towns/{code}/feed.atom", code).toUriString();
	}

	/**
	 * This page in another language: the same address and parameters, {@code lang}
	 * replaced.
	 */
	static String language(HttpServletRequest request, String languageTag) {
		var query = UriComponentsBuilder.newInstance();
		for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
			if (!parameter.getKey().equals("lang")) {
				query.queryParam(parameter.getKey(), (Object[]) parameter.getValue());
			}
		}
		query.queryParam("lang", languageTag);
		return request.getRequestURI() + "?" + query.encode().build().getQuery();
	}

	/**
	 * @param pathAndParameters the path's variables in order, then name and value of each
	 * query parameter (null values left out)
	 */
	private UriComponents build(String path, @Nullable Object... pathAndParameters) {
		int variables = (int) path.chars().filter(c -> c == '{').count();
		var builder = UriComponentsBuilder.fromPath(contextPath + path);
		for (int i = variables; i + 1 < pathAndParameters.length; i += 2) {
			Object value = pathAndParameters[i + 1];
			if (value != null && !(value instanceof String text && text.isEmpty())) {
				builder.queryParam((String) pathAndParameters[i], value);
			}
		}
		Object[] values = new Object[variables];
		System.arraycopy(pathAndParameters, 0, values, 0, variables);
		return builder.encode().buildAndExpand(values);
	}

}
