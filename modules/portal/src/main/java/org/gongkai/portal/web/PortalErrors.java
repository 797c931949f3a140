package org.gongkai.portal.web;

import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.gongkai.tenancy.api.Town;
import org.gongkai.tenancy.api.TownRegistry;
import org.gongkai.tenancy.api.TownStatus;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The portal answers citizens with pages, not the API's problem documents: a friendly 404
 * (unknown town, page or item; withdrawn items included), the paused page of a suspended
 * town, and 503 when a town cannot be served now. Ahead of web's problem handler, for the
 * portal's controllers only; the tenancy interceptor's refusals reach it too, as they
 * happen before a portal handler.
 */
@ControllerAdvice(basePackageClasses = PortalErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 100)
class PortalErrors {

	static final String VIEW_NOT_FOUND = "portal/not-found";

	static final String VIEW_PAUSED = "portal/paused";

	static final String VIEW_UNAVAILABLE = "portal/unavailable";

	static final String VIEW_ERROR = "portal/error";

	private static final Logger log = LoggerFactory.getLogger(PortalErrors.class);

	private final Sites sites;

	private final PortalText text;

	private final TownRegistry registry;

	PortalErrors(Sites sites, PortalText text, TownRegistry registry) {
		this.sites = sites;
		this.text = text;
		this.registry = registry;
	}

	@ExceptionHandler
	ModelAndView paused(TownPaused paused, HttpServletRequest request, Locale locale) {
		Town town = paused.town();
		var page = page(VIEW_PAUSED, HttpStatus.SERVICE_UNAVAILABLE, request, locale, town,
				text.get("portal.paused.title", locale));
		page.addObject("office", text.office(town, locale));
		return page;
	}

	@ExceptionHandler
	ModelAndView notFound(PortalNotFound notFound, HttpServletRequest request, Locale locale) {
		return page(VIEW_NOT_FOUND, HttpStatus.NOT_FOUND, request, locale, readable(request),
				text.get("portal.not-found.title", locale));
	}

	/**
	 * Tenancy's refusals (unknown town 404, town unavailable 503), possibly wrapped by a
	 * framework on the way up, and anything unexpected (500, logged).
	 */
	@ExceptionHandler
	ModelAndView other(Exception ex, HttpServletRequest request, Locale locale) {
		HttpStatusCode status = null;
		for (Throwable cause = ex; cause != null; cause = (cause.getCause() != cause) ? cause.getCause() : null) {
			if (cause instanceof ErrorResponse answer) {
				status = answer.getStatusCode();
				break;
			}
		}
		if (status == null || status.is5xxServerError() && status.value() != 503) {
			log.error("Portal page {} failed", request.getRequestURI(), ex);
			return page(VIEW_ERROR, HttpStatus.INTERNAL_SERVER_ERROR, request, locale, null,
					text.get("portal.error.title", locale));
		}
		if (status.value() == 503) {
			Town town = town(request);
			var page = page(VIEW_UNAVAILABLE, HttpStatus.SERVICE_UNAVAILABLE, request, locale, null,
					text.get("portal.unavailable.title", locale));
			page.addObject("townName", (town != null) ? town.name() : null);
			return page;
		}
		if (status.value() == 404) {
			return page(VIEW_NOT_FOUND, HttpStatus.NOT_FOUND, request, locale, readable(request),
					text.get("portal.not-found.title", locale));
		}
		return page(VIEW_ERROR, HttpStatus.valueOf(status.value()), request, locale, null,
				text.get("portal.error.title", locale));
	}

	private ModelAndView page(String view, HttpStatus status, HttpServletRequest request, Locale locale,
			@Nullable Town town, String title) {
		var page = new ModelAndView(view, status);
		page.addObject("site", (town != null) ? sites.town(request, town, null, locale, Sites.here(title))
				: sites.city(request, locale, title));
		page.addObject("heading", title);
		return page;
	}

	/** The town in the address, whatever its state. */
	private @Nullable Town town(HttpServletRequest request) {
		String code = code(request);
		return (code != null) ? registry.find(code).orElse(null) : null;
	}

	/** The town in the address, when its pages can be shown. */
	private @Nullable Town readable(HttpServletRequest request) {
		Town town = town(request);
		return (town != null && (town.status() == TownStatus.ACTIVE || town.status() == TownStatus.ARCHIVED)) ? town
				: null;
	}

	private static @Nullable String code(HttpServletRequest request) {
		if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables
				&& variables.get("code") instanceof String code) {
			return code;
		}
		return null;
	}

}
