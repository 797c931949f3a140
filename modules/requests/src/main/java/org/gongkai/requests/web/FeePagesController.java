package org.gongkai.requests.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.gongkai.requests.api.Fee;
import org.gongkai.requests.api.FeeMethod;
import org.gongkai.requests.api.RequestException;
import org.gongkai.requests.api.RequestFees;
import org.gongkai.web.ProblemException;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The forms of the request page's fee section: each posts here and goes back to the
 * request page with a message, or with why not (beside the field when one is at fault)
 * and the form as it was typed.
 */
@Controller
@RequestMapping("/staff/towns/{code}/requests/{trackingCode}/fees")
@PreAuthorize(RequestAccess.HANDLERS)
class FeePagesController {

	private static final String BACK = "redirect:/staff/towns/{code}/requests/{trackingCode}";

	private final RequestFees fees;

	private final MessageSource messages;

	FeePagesController(RequestFees fees, MessageSource messages) {
		this.fees = fees;
		this.messages = messages;
	}

	/** Shows what the fee would be; nothing is stored. */
	@PostMapping("/quote")
	String quote(@PathVariable String code, @PathVariable String trackingCode, @ModelAttribute FeeForm form,
			RedirectAttributes flash, Locale locale) {
		flash.addFlashAttribute("feeForm", form);
		return step(flash, locale, null, () -> {
			FeeMethod method = RequestFeeController.method(form.method());
			Fee fee = fees.quote(trackingCode, method, pages(method, form));
			String label = messages.getMessage("requests.fee.method." + fee.method(), null, locale);
			flash.addFlashAttribute("feeQuote", fee.free()
					? messages.getMessage("requests.page.fees.quoted.free", new Object[] { label }, locale)
					: messages.getMessage("requests.page.fees.quoted", new Object[] { label, fee.amount() }, locale));
		});
	}

	@PostMapping
	String notice(@PathVariable String code, @PathVariable String trackingCode, @ModelAttribute FeeForm form,
			Authentication staff, RedirectAttributes flash, Locale locale) {
		return step(flash, locale, form, () -> {
			FeeMethod method = RequestFeeController.method(form.method());
			fees.notice(trackingCode, method, pages(method, form), date("sentOn", form.sentOn()), staff.getName());
			flash.addFlashAttribute("message", "requests.page.fees.flash.noticed");
		});
	}

	@PostMapping("/paid")
	String paid(@PathVariable String code, @PathVariable String trackingCode, @ModelAttribute FeeForm form,
			Authentication staff, RedirectAttributes flash, Locale locale) {
		return step(flash, locale, form, () -> {
			fees.paid(trackingCode, date("paidOn", form.paidOn()), staff.getName());
			flash.addFlashAttribute("message", "requests.page.fees.flash.paid");
		});
	}

	@PostMapping("/waived")
	String waived(@PathVariable String code, @PathVariable String trackingCode, @ModelAttribute FeeForm form,
			Authentication staff, RedirectAttributes flash, Locale locale) {
		return step(flash, locale, form, () -> {
			fees.waived(trackingCode, date("waivedOn", form.waivedOn()), form.waiverReason(), staff.getName());
			flash.addFlashAttribute("message", "requests.page.fees.flash.waived");
		});
	}

	@GetMapping("/notice.docx")
	ResponseEntity<byte[]> noticeDocx(@PathVariable String code, @PathVariable String trackingCode) {
		return RequestFeeController.file(fees.noticeDocx(trackingCode), trackingCode + "-收费通知书.docx",
				"application/vnd.openxmlformats-officedocument.wordprocessingml.document");
	}

	@GetMapping("/notice.pdf")
	ResponseEntity<byte[]> noticePdf(@PathVariable String code, @PathVariable String trackingCode) {
		return RequestFeeController.file(fees.noticePdf(trackingCode), trackingCode + "-收费通知书.pdf", "application/pdf");
	}

	/**
	 * Runs the action and goes back to the request page; a refusal is flashed, with the
	 * form as typed when {@code form} is given.
	 */
	private String step(RedirectAttributes flash, Locale locale, @Nullable FeeForm form, Runnable action) {
		try {
			action.run();
		}
		catch (RequestException ex) {
			refused(flash, locale, form, ex, () -> {
				Map<String, String> errors = new LinkedHashMap<>();
				ex.fieldErrors().forEach((field, message) -> errors.put(field, messages.getMessage(message, locale)));
				return errors;
			});
		}
		catch (ProblemException ex) {
			refused(flash, locale, form, ex, Map::of);
		}
		return BACK;
	}

	private void refused(RedirectAttributes flash, Locale locale, @Nullable FeeForm form, ProblemException ex,
			Supplier<Map<String, String>> fieldErrors) {
		Map<String, String> errors = fieldErrors.get();
		if (errors.isEmpty()) {
			flash.addFlashAttribute("actionError",
					messages.getMessage(ex.getDetailMessageCode(), ex.getDetailMessageArguments(), locale));
		}
		else {
			flash.addFlashAttribute("actionErrors", errors);
		}
		if (form != null) {
			flash.addFlashAttribute("feeForm", form);
		}
	}

	/** Pages count only for a per-page fee; the field is ignored for the other method. */
	private static @Nullable Integer pages(@Nullable FeeMethod method, FeeForm form) {
		return (method == FeeMethod.PER_REQUEST) ? null : RequestFeeController.pages(form.pages());
	}

	private static @Nullable LocalDate date(String field, @Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			throw RequestException.invalid(Map.of(field, List.of("date")));
		}
	}

	/**
	 * The section's forms as typed; each form fills its own fields. Serializable because
	 * it travels as a flash attribute in the (Redis-held) session.
	 */
	record FeeForm(@Nullable String method, @Nullable String pages, @Nullable String sentOn, @Nullable String paidOn,
			@Nullable String waivedOn, @Nullable String waiverReason) implements Serializable {
	}

}
