package org.gongkai.portal.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.gongkai.portal.internal.PageCache.CachedPage;
import org.gongkai.tenancy.api.Town;
import org.gongkai.tenancy.api.TownRegistry;
import org.gongkai.tenancy.api.TownStatus;
import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.http.server.PathContainer;
import org.springframework.util.DigestUtils;
import org.springframework.util.StringUtils;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Serves the portal's pages from {@link PageCache} and keeps what it renders. Only what
 * every visitor sees alike is kept: GET requests for the portal's pages (not
 * attachments), answered 200 with HTML or XML, in one of the two languages the site
 * speaks. A suspended town's pages are never served from the cache: its 503 page says the
 * service is paused.
 */
class PageCacheFilter extends OncePerRequestFilter {

	/** The locale parameter of {@code web}'s language switch. */
	static final String LANGUAGE_PARAMETER = "lang";

	private static final Set<String> LOCALES = Set.of("zh-CN", "en");

	private static final List<PathPattern> CITY_PAGES = patterns("/", "/sitemap.xml");

	private static final List<PathPattern> TOWN_PAGES = patterns("/towns/{code}", "/towns/{code}/catalogue",
			"/towns/{code}/search", "/towns/{code}/items/{id}", "/towns/{code}/feed.atom", "/towns/{code}/sitemap.xml",
			"/towns/{code}/annual-reports/{year}");

	private static final Set<String> KEPT_TYPES = Set.of("text/html", "application/atom+xml", "application/xml");

	/** Longer addresses (search words, mostly) are rendered without being kept. */
	private static final int MAX_KEY_PATH = 512;

	private static final Set<TownStatus> SERVED = Set.of(TownStatus.ACTIVE, TownStatus.ARCHIVED);

	private final PageCache cache;

	private final TownRegistry registry;

	private final LocaleResolver localeResolver;

	PageCacheFilter(PageCache cache, TownRegistry registry, LocaleResolver localeResolver) {
		this.cache = cache;
		this.registry = registry;
		this.localeResolver = localeResolver;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Page page = page(request);
		if (page == null) {
			chain.doFilter(request, response);
			return;
		}
		Optional<String> key = cache.key(page.scope(), page.locale().toLanguageTag(), page.pathAndQuery());
		if (key.isEmpty()) {
			cache.bypassed();
			chain.doFilter(request, response);
			return;
		}
		Optional<CachedPage> cached = cache.get(key.get(), page.stamp());
		if (cached.isPresent()) {
			if (request.getParameter(LANGUAGE_PARAMETER) != null) {
				// what LocaleChangeInterceptor would have done had the page been rendered
				localeResolver.setLocale(request, response, page.locale());
			}
			byte[] body = cached.get().body().getBytes(StandardCharsets.UTF_8);
			response.setContentType(cached.get().contentType());
			response.setContentLength(body.length);
			response.getOutputStream().write(body);
			return;
		}
		var recorder = new ContentCachingResponseWrapper(response);
		try {
			chain.doFilter(request, recorder);
			if (keepable(recorder)) {
				cache.put(key.get(), new CachedPage(page.stamp(), recorder.getContentType(),
						new String(recorder.getContentAsByteArray(), StandardCharsets.UTF_8)));
			}
		}
		finally {
			recorder.copyBodyToResponse();
		}
	}

	/** The page asked for, when it may come from the cache. */
	private @Nullable Page page(HttpServletRequest request) {
		if (!"GET".equals(request.getMethod())) {
			return null;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		String pathAndQuery = pathAndQuery(path, request.getQueryString());
		if (pathAndQuery.length() > MAX_KEY_PATH) {
			return null;
		}
		Locale locale = locale(request);
		if (!LOCALES.contains(locale.toLanguageTag())) {
			return null;
		}
		PathContainer container = PathContainer.parsePath(path);
		if (CITY_PAGES.stream().anyMatch(pattern -> pattern.matches(container))) {
			return new Page(PageCache.CITY, cityStamp(), locale, pathAndQuery);
		}
		for (PathPattern pattern : TOWN_PAGES) {
			var match = pattern.matchAndExtract(container);
			if (match != null) {
				Town town = registry.find(match.getUriVariables().get("code")).orElse(null);
				if (town == null || !SERVED.contains(town.status())) {
					return null;
				}
				return new Page(town.code(), town.status().name(), locale, pathAndQuery);
			}
		}
		return null;
	}

	/**
	 * The locale the page will be rendered in: the one asked for by {@code ?lang=}, else
	 * the visitor's cookie or browser, as web's resolver decides.
	 */
	private Locale locale(HttpServletRequest request) {
		String asked = request.getParameter(LANGUAGE_PARAMETER);
		if (asked != null) {
			try {
				Locale locale = StringUtils.parseLocale(asked);
				if (locale != null) {
					return locale;
				}
			}
			catch (IllegalArgumentException ex) {
				// ignored by the language switch too
			}
		}
		return localeResolver.resolveLocale(request);
	}

	/**
	 * The city's pages list every town with its status: a page rendered for another list
	 * is out of date.
	 */
	private String cityStamp() {
		String towns = registry.all()
			.stream()
			.map(town -> town.code() + "," + town.name() + "," + town.kind() + "," + town.status())
			.collect(Collectors.joining(";"));
		return DigestUtils.md5DigestAsHex(towns.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * The page's address without the language switch, which the locale in the key already
	 * covers.
	 */
	static String pathAndQuery(String path, @Nullable String query) {
		if (query == null || query.isEmpty()) {
			return path;
		}
		String kept = Arrays.stream(query.split("&"))
			.filter(part -> !part.equals(LANGUAGE_PARAMETER) && !part.startsWith(LANGUAGE_PARAMETER + "="))
			.collect(Collectors.joining("&"));
		return kept.isEmpty() ? path : path + "?" + kept;
	}

	private static boolean keepable(ContentCachingResponseWrapper response) {
		String type = response.getContentType();
		if (response.getStatus() != HttpServletResponse.SC_OK || type == null) {
			return false;
		}
		MediaType mediaType = MediaType.parseMediaType(type);
		return KEPT_TYPES.contains(mediaType.getType() + "/" + mediaType.getSubtype())
				&& StandardCharsets.UTF_8.name().equalsIgnoreCase(response.getCharacterEncoding());
	}

	private static List<PathPattern> patterns(String... patterns) {
		return Arrays.stream(patterns).map(PathPatternParser.defaultInstance::parse).toList();
	}

	/**
	 * @param scope the town's code, or {@link PageCache#CITY}
	 * @param stamp what the page depends on besides the catalogue
	 */
	private record Page(String scope, String stamp, Locale locale, String pathAndQuery) {
	}

}
