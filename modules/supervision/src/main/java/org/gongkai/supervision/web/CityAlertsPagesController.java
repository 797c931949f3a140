package org.gongkai.supervision.web;

import jakarta.servlet.http.HttpServletResponse;

import org.gongkai.supervision.api.AlertKind;
import org.gongkai.supervision.api.AlertPage;
import org.gongkai.web.Lenient;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The city's open alerts for the city office, oldest first, with their town and age: a
 * request due soon or overdue, a recent late publication, an annual report past its due
 * date. Town staff get the 403 page.
 */
@Controller
class CityAlertsPagesController {

	static final int PAGE_SIZE = 50;

	private final DashboardPages pages;

	CityAlertsPagesController(DashboardPages pages) {
		this.pages = pages;
	}

	@GetMapping("/staff/city/alerts")
	String alerts(@RequestParam(required = false) @Nullable String kind,
			@RequestParam(required = false) @Nullable String page, Authentication staff, Model model,
			HttpServletResponse response) {
		if (!DashboardPages.supervisor(staff)) {
			response.setStatus(HttpStatus.FORBIDDEN.value());
			return "error/403";
		}
		AlertKind selected = Lenient.enumValue(AlertKind.class, kind);
		Integer asked = Lenient.integer(page);
		AlertPage first = this.pages.alerts(null, selected, 0, PAGE_SIZE);
		int pages = (int) Math.max(1, (first.total() + PAGE_SIZE - 1) / PAGE_SIZE);
		int current = Math.min(Math.max((asked != null) ? asked : 0, 0), pages - 1);
		AlertPage found = (current == 0) ? first : this.pages.alerts(null, selected, current, PAGE_SIZE);
		model.addAttribute("found", found);
		model.addAttribute("kinds", AlertKind.values());
		model.addAttribute("kind", (selected != null) ? selected.name() : "");
		model.addAttribute("page", current);
		model.addAttribute("pages", pages);
		return "supervision/alerts";
	}

}
