package org.gongkai.requests.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.gongkai.disclosure.api.ItemException;
import org.gongkai.requests.api.RequestException;
import org.gongkai.web.ProblemException;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A refused form on a staff page, told back on the page it came from: per field when the
 * refusal names fields ({@code actionErrors}), else its detail ({@code actionError}), in
 * the reader's language.
 */
final class PageProblems {

	private PageProblems() {
	}

	static void flash(ProblemException problem, MessageSource messages, Locale locale, RedirectAttributes redirect) {
		Map<String, MessageSourceResolvable> fields = Map.of();
		if (problem instanceof RequestException request) {
			fields = request.fieldErrors();
		}
		else if (problem instanceof ItemException item) {
			fields = item.fieldErrors();
		}
		if (!fields.isEmpty()) {
			Map<String, String> texts = new LinkedHashMap<>();
			fields.forEach((field, message) -> texts.put(field, messages.getMessage(message, locale)));
			redirect.addFlashAttribute("actionErrors", texts);
		}
		else {
			redirect.addFlashAttribute("actionError", problem.updateAndGetBody(messages, locale).getDetail());
		}
	}

}
