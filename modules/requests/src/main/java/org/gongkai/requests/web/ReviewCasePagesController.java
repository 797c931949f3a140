package org.gongkai.requests.web;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import org.gongkai.requests.api.CaseOutcome;
import org.gongkai.requests.api.LitigationRoute;
import org.gongkai.requests.api.NewReviewCase;
import org.gongkai.requests.api.ReviewCases;
import org.gongkai.requests.api.ReviewKind;
import org.gongkai.requests.api.ReviewOutcome;
import org.gongkai.web.ProblemException;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The forms of the review-cases section: open a case, record its outcome. */
@Controller
@RequestMapping("/staff/towns/{code}/requests/{trackingCode}/cases")
@PreAuthorize(RequestAccess.HANDLERS)
class ReviewCasePagesController {

	private static final String BACK = "redirect:/staff/towns/{code}/requests/{trackingCode}";

	private final ReviewCases cases;

	private final MessageSource messages;

	ReviewCasePagesController(ReviewCases cases, MessageSource messages) {
		this.cases = cases;
		this.messages = messages;
	}

	@PostMapping
	String open(@PathVariable String code, @PathVariable String trackingCode,
			@RequestParam(required = false) @Nullable ReviewKind kind,
			@RequestParam(required = false) @Nullable LitigationRoute route,
			@RequestParam(required = false) @Nullable UUID reconsiderationCaseId,
			@RequestParam(required = false) @Nullable String body,
			@RequestParam(required = false) @Nullable String caseNumber,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate filedOn,
			@RequestParam(required = false) @Nullable String summary, RedirectAttributes flash, Locale locale) {
		// the form always sends a route; only litigation has one
		LitigationRoute litigationRoute = (kind == ReviewKind.LITIGATION) ? route : null;
		UUID reconsideration = (litigationRoute == LitigationRoute.AFTER_RECONSIDERATION) ? reconsiderationCaseId
				: null;
		try {
			cases.open(trackingCode,
					new NewReviewCase(kind, litigationRoute, reconsideration, body, caseNumber, filedOn, summary));
			flash.addFlashAttribute("message", "requests.review.flash.opened");
		}
		catch (ProblemException ex) {
			PageProblems.flash(ex, messages, locale, flash);
		}
		return BACK;
	}

	@PostMapping("/{id}/outcome")
	String outcome(@PathVariable String code, @PathVariable String trackingCode, @PathVariable UUID id,
			@RequestParam(required = false) @Nullable ReviewOutcome result,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate closedOn,
			@RequestParam(required = false) @Nullable String summary,
			@RequestParam(required = false) @Nullable Long version, RedirectAttributes flash, Locale locale) {
		// a pending result has no date, whatever the form's date field still holds
		LocalDate date = (result == ReviewOutcome.PENDING) ? null : closedOn;
		try {
			cases.recordOutcome(trackingCode, id, new CaseOutcome(result, date, summary, version));
			flash.addFlashAttribute("message", "requests.review.flash.outcome");
		}
		catch (ProblemException ex) {
			PageProblems.flash(ex, messages, locale, flash);
		}
		return BACK;
	}

}
