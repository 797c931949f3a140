package org.gongkai.portal.web;

import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.gongkai.requests.api.Attempts;
import org.gongkai.requests.api.RequestException;
import org.gongkai.requests.api.RequestIntake;
import org.gongkai.requests.api.RequestReceipt;
import org.gongkai.tenancy.api.Town;
import org.gongkai.tenancy.api.TownStatus;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 依申请公开 online: the application form, the receipt once the application is stored, and the
 * status lookup by tracking code and the phone's last four digits. None of these pages is
 * kept by the page cache (it keeps only the catalogue's pages): the form carries a fresh
 * idempotency key and the visitor's CSRF token, the others a single request's state. A
 * suspended town takes no applications (its paused page); an archived town takes none
 * either but still answers lookups.
 */
@Controller
class ApplicationController {

	static final String VIEW_FORM = "portal/apply";

	static final String VIEW_RECEIPT = "portal/receipt";

	static final String VIEW_STATUS = "portal/request-status";

	private final PortalTowns towns;

	private final Sites sites;

	private final PortalText text;

	private final ApplicationPages pages;

	private final RequestIntake intake;

	private final Attempts attempts;

	ApplicationController(PortalTowns towns, Sites sites, PortalText text, ApplicationPages pages, RequestIntake intake,
			Attempts attempts) {
		this.towns = towns;
		this.sites = sites;
		this.text = text;
		this.pages = pages;
		this.intake = intake;
		this.attempts = attempts;
	}

	@GetMapping("/towns/{code}/requests/new")
	String form(@PathVariable String code, HttpServletRequest request, Locale locale, Model model) {
		Town town = towns.open(code);
		return form(town, ApplicationForm.blank(), Map.of(), null, request, locale, model);
	}

	@PostMapping("/towns/{code}/requests/new")
	String apply(@PathVariable String code, @ModelAttribute ApplicationForm application, HttpServletRequest request,
			HttpServletResponse response, Locale locale, Model model) {
		Town town = towns.open(code);
		if (town.status() != TownStatus.ACTIVE) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			return form(town, application, Map.of(), null, request, locale, model);
		}
		RequestReceipt receipt;
		try {
			attempts.submission(town.code(), request.getRemoteAddr());
			receipt = intake.submit(application.request(), application.idempotencyKey());
		}
		catch (RequestException ex) {
			response.setStatus(ex.getStatusCode().value());
			return form(town, application, pages.errors(ex, locale), pages.problem(ex, locale), request, locale, model);
		}
		return "redirect:/towns/{code}/requests/receipt?code=" + receipt.trackingCode();
	}

	/** Shown from the stored request, so only once it is committed; nothing personal. */
	@GetMapping("/towns/{code}/requests/receipt")
	String receipt(@PathVariable String code, @RequestParam(name = "code", required = false) @Nullable String tracking,
			HttpServletRequest request, Locale locale, Model model) {
		Town town = towns.open(code);
		RequestReceipt receipt = ((tracking != null) ? intake.receipt(tracking)
				: java.util.Optional.<RequestReceipt>empty())
			.orElseThrow(() -> new PortalNotFound("receipt"));
		model.addAttribute("site",
				sites.town(request, town, Sites.APPLY, locale,
						Sites.via(text.get("portal.apply.title", locale), Links.of(request).apply(town.code())),
						Sites.here(text.get("portal.receipt.title", locale))));
		model.addAttribute("receipt", pages.receipt(receipt, locale));
		return VIEW_RECEIPT;
	}

	@GetMapping("/towns/{code}/requests/status")
	String statusForm(@PathVariable String code, HttpServletRequest request, Locale locale, Model model) {
		Town town = towns.open(code);
		return status(town, "", null, null, request, locale, model);
	}

	/**
	 * A POST, so that the phone's digits stay out of addresses, logs and the browser's
	 * history.
	 */
	@PostMapping("/towns/{code}/requests/status")
	String status(@PathVariable String code, @RequestParam(required = false) @Nullable String trackingCode,
			@RequestParam(required = false) @Nullable String phoneLast4, HttpServletRequest request,
			HttpServletResponse response, Locale locale, Model model) {
		Town town = towns.open(code);
		String tracking = (trackingCode != null) ? trackingCode.strip() : "";
		String digits = (phoneLast4 != null) ? phoneLast4.strip() : "";
		try {
			attempts.lookup(town.code(), request.getRemoteAddr());
		}
		catch (RequestException ex) {
			response.setStatus(ex.getStatusCode().value());
			return status(town, tracking, null, pages.problem(ex, locale), request, locale, model);
		}
		var found = (tracking.isEmpty() || digits.isEmpty()) ? java.util.Optional.<ApplicationPages.StatusView>empty()
				: intake.status(tracking, digits).map(status -> pages.status(status, locale));
		if (found.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_NOT_FOUND);
			return status(town, tracking, null, text.get("requests.problem.not-found", locale), request, locale, model);
		}
		return status(town, tracking, found.get(), null, request, locale, model);
	}

	private String form(Town town, ApplicationForm application, Map<String, String> errors, @Nullable String problem,
			HttpServletRequest request, Locale locale, Model model) {
		model.addAttribute("site",
				sites.town(request, town, Sites.APPLY, locale, Sites.here(text.get("portal.apply.title", locale))));
		model.addAttribute("page",
				pages.form(application, errors, problem, town.status() == TownStatus.ACTIVE, locale));
		model.addAttribute("office", text.office(town, locale));
		return VIEW_FORM;
	}

	private String status(Town town, String trackingCode, ApplicationPages.@Nullable StatusView found,
			@Nullable String problem, HttpServletRequest request, Locale locale, Model model) {
		model.addAttribute("site",
				sites.town(request, town, Sites.STATUS, locale, Sites.here(text.get("portal.status.title", locale))));
		model.addAttribute("trackingCode", trackingCode);
		model.addAttribute("found", found);
		model.addAttribute("problem", problem);
		return VIEW_STATUS;
	}

}
