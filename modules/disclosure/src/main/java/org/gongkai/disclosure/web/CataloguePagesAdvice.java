package org.gongkai.disclosure.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.gongkai.disclosure.api.ItemException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A refusal the screens do not catch themselves, mostly an item that does not exist (or
 * not in this town), shown as a page in the staff layout rather than the API's JSON
 * problem. Ahead of the problem handler, which answers every controller otherwise.
 */
@ControllerAdvice(
		assignableTypes = { ItemPagesController.class, ItemFormController.class, CatalogueSheetsController.class })
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class CataloguePagesAdvice {

	static final String VIEW_PROBLEM = "disclosure/problem";

	private final CataloguePages pages;

	CataloguePagesAdvice(CataloguePages pages) {
		this.pages = pages;
	}

	@ExceptionHandler
	String refused(ItemException ex, HttpServletResponse response, Model model, Locale locale) {
		response.setStatus(ex.getStatusCode().value());
		model.addAttribute("problemTitle", pages.text(ex.getTitleMessageCode(), locale));
		model.addAttribute("problem", pages.text(ex, locale));
		return VIEW_PROBLEM;
	}

}
