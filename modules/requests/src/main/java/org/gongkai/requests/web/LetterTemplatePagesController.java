package org.gongkai.requests.web;

import java.util.Locale;

import org.gongkai.requests.api.RequestLetterTemplates;
import org.gongkai.tenancy.api.TownRegistry;
import org.gongkai.web.ProblemException;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The page where a town's administrator or reviewer words its reply letters: every text
 * with the shipped default and the town's own, its placeholders, edit and reset.
 */
@Controller
@RequestMapping("/staff/towns/{code}/requests/letter-templates")
@PreAuthorize(LetterTemplateController.EDITORS)
class LetterTemplatePagesController {

	private final RequestLetterTemplates templates;

	private final TownRegistry towns;

	private final MessageSource messages;

	LetterTemplatePagesController(RequestLetterTemplates templates, TownRegistry towns, MessageSource messages) {
		this.templates = templates;
		this.towns = towns;
		this.messages = messages;
	}

	@GetMapping
	String page(@PathVariable String code, Model model) {
		model.addAttribute("town", towns.require(code));
		model.addAttribute("templates", templates.list());
		return "requests/letter-templates";
	}

	@PostMapping("/{key}")
	String save(@PathVariable String code, @PathVariable String key, @RequestParam @Nullable String text,
			Authentication staff, Locale locale, RedirectAttributes redirect) {
		try {
			templates.save(key, (text != null) ? text : "", staff.getName());
			redirect.addFlashAttribute("message", "requests.page.letter-templates.saved");
		}
		catch (ProblemException ex) {
			PageProblems.flash(ex, messages, locale, redirect);
			// the officer's text stays in the form to be corrected
			redirect.addFlashAttribute("failedKey", key);
			redirect.addFlashAttribute("failedText", text);
		}
		return back(code, key);
	}

	@PostMapping("/{key}/reset")
	String reset(@PathVariable String code, @PathVariable String key, Authentication staff, Locale locale,
			RedirectAttributes redirect) {
		try {
			templates.reset(key, staff.getName());
			redirect.addFlashAttribute("message", "requests.page.letter-templates.reset");
		}
		catch (ProblemException ex) {
			PageProblems.flash(ex, messages, locale, redirect);
		}
		return back(code, key);
	}

	private static String back(String code, String key) {
		return "redirect:/staff/towns/" + code + "/requests/letter-templates#" + key.replace('.', '-');
	}

}
