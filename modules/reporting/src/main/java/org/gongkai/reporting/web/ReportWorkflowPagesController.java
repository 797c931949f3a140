package org.gongkai.reporting.web;

import java.util.Locale;
import java.util.function.Supplier;

import org.gongkai.reporting.api.ReportException;
import org.gongkai.reporting.api.ReportStatus;
import org.gongkai.reporting.api.ReportWorkflow;
import org.gongkai.tenancy.api.Tenants;
import org.gongkai.web.Lenient;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The review steps from the report page: the town's admin submits (confirming the
 * leader's sign-off), publishes an approved report and opens corrections; the city office
 * returns with a comment or approves, through its own addresses because the town's are
 * read-only for it. Each step goes back to the report page, with what was refused and the
 * text as typed when it was.
 */
@Controller
class ReportWorkflowPagesController {

	static final String CITY = "hasRole('city-supervisor')";

	private final ReportWorkflow workflow;

	private final Tenants tenants;

	private final MessageSource messages;

	ReportWorkflowPagesController(ReportWorkflow workflow, Tenants tenants, MessageSource messages) {
		this.workflow = workflow;
		this.tenants = tenants;
		this.messages = messages;
	}

	@PostMapping("/staff/towns/{code}/annual-reports/{year:\\d{4}}/submit")
	@PreAuthorize(ReportAccess.ADMINS)
	String submit(@PathVariable String code, @PathVariable int year, @RequestParam(required = false) String version,
			@RequestParam(required = false) @Nullable String confirmed, RedirectAttributes flash, Locale locale) {
		if (!"true".equals(confirmed)) {
			return back(code, flash, problem("reporting.workflow.confirm-required", locale), null);
		}
		return step(code, flash, locale, null, "reporting.workflow.flash.submitted",
				() -> workflow.submit(year, version(version)));
	}

	@PostMapping("/staff/towns/{code}/annual-reports/{year:\\d{4}}/publish")
	@PreAuthorize(ReportAccess.ADMINS)
	String publish(@PathVariable String code, @PathVariable int year, @RequestParam(required = false) String version,
			RedirectAttributes flash, Locale locale) {
		return step(code, flash, locale, null, "reporting.workflow.flash.published",
				() -> workflow.publish(year, version(version)));
	}

	@PostMapping("/staff/towns/{code}/annual-reports/{year:\\d{4}}/correct")
	@PreAuthorize(ReportAccess.ADMINS)
	String correct(@PathVariable String code, @PathVariable int year, @RequestParam(required = false) String version,
			@RequestParam(required = false) @Nullable String changeNote, RedirectAttributes flash, Locale locale) {
		return step(code, flash, locale, changeNote, "reporting.workflow.flash.correction-started",
				() -> workflow.correct(year, version(version), (changeNote != null) ? changeNote : ""));
	}

	@PostMapping("/staff/city/annual-reports/{year:\\d{4}}/towns/{code}/return")
	@PreAuthorize(CITY)
	String returnForRevision(@PathVariable int year, @PathVariable String code,
			@RequestParam(required = false) String version, @RequestParam(required = false) @Nullable String comment,
			RedirectAttributes flash, Locale locale) {
		return step(code, flash, locale, comment, "reporting.workflow.flash.returned", () -> tenants.callAs(code,
				() -> workflow.returnForRevision(year, version(version), (comment != null) ? comment : "")));
	}

	@PostMapping("/staff/city/annual-reports/{year:\\d{4}}/towns/{code}/approve")
	@PreAuthorize(CITY)
	String approve(@PathVariable int year, @PathVariable String code, @RequestParam(required = false) String version,
			@RequestParam(required = false) @Nullable String publish, RedirectAttributes flash, Locale locale) {
		boolean now = "true".equals(publish);
		return step(code, flash, locale, null,
				now ? "reporting.workflow.flash.approved-published" : "reporting.workflow.flash.approved",
				() -> tenants.callAs(code, () -> workflow.approve(year, version(version), now)));
	}

	private String step(String code, RedirectAttributes flash, Locale locale, @Nullable String typed, String done,
			Supplier<ReportStatus> action) {
		try {
			action.get();
		}
		catch (ReportException ex) {
			String detail = ex.fieldErrors().isEmpty() ? ex.updateAndGetBody(messages, locale).getDetail()
					: messages.getMessage(ex.fieldErrors().values().iterator().next(), locale);
			return back(code, flash, detail, typed);
		}
		flash.addFlashAttribute("message", done);
		return "redirect:/staff/towns/" + code + "/annual-reports/{year}#workflow";
	}

	private static String back(String code, RedirectAttributes flash, @Nullable String problem,
			@Nullable String typed) {
		flash.addFlashAttribute("workflowProblem", problem);
		flash.addFlashAttribute("workflowText", typed);
		return "redirect:/staff/towns/" + code + "/annual-reports/{year}#workflow";
	}

	private String problem(String code, Locale locale) {
		return messages.getMessage(code, null, locale);
	}

	/** A missing or garbled version reads as -1, which no report has: stale. */
	private static long version(@Nullable String value) {
		Integer version = Lenient.integer(value);
		return (version != null) ? version : -1;
	}

}
