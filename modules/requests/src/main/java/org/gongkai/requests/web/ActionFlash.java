package org.gongkai.requests.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.gongkai.requests.api.RequestException;
import org.gongkai.web.ProblemException;

import org.springframework.context.MessageSource;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * How a section's form tells the request page what became of it: a message key on
 * success, the refusal as text (per field where the refusal names fields).
 */
final class ActionFlash {

	private ActionFlash() {
	}

	static void refused(ProblemException ex, MessageSource messages, Locale locale, RedirectAttributes flash) {
		if (ex instanceof RequestException invalid && !invalid.fieldErrors().isEmpty()) {
			Map<String, String> errors = new LinkedHashMap<>();
			invalid.fieldErrors().forEach((field, message) -> errors.put(field, messages.getMessage(message, locale)));
			flash.addFlashAttribute("actionErrors", errors);
		}
		else {
			flash.addFlashAttribute("actionError",
					messages.getMessage(ex.getDetailMessageCode(), ex.getDetailMessageArguments(), locale));
		}
	}

}
