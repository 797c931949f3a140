package org.gongkai.requests.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.gongkai.disclosure.api.Category;
import org.gongkai.disclosure.api.CategoryService;
import org.gongkai.requests.api.AnswerPublication;
import org.gongkai.requests.api.Outcome;
import org.gongkai.requests.api.RequestDetail;
import org.gongkai.requests.api.RequestState;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * A released answer into the catalogue: the form (title, category) while it can be
 * published, the link to the catalogue item once it is.
 */
@Component
class PublicationSection implements RequestSection {

	private static final Set<Outcome> RELEASED = Set.of(Outcome.DISCLOSED, Outcome.PARTLY_DISCLOSED);

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(ZoneId.of("Asia/Shanghai"));

	private final AnswerPublication publication;

	private final CategoryService categories;

	PublicationSection(AnswerPublication publication, CategoryService categories) {
		this.publication = publication;
		this.categories = categories;
	}

	@Override
	public String template() {
		return "requests/sections/publication";
	}

	@Override
	public int order() {
		return 80;
	}

	@Override
	public void contribute(RequestDetail request, Authentication staff, Model model) {
		boolean released = (request.state() == RequestState.DECIDED || request.state() == RequestState.DELIVERED)
				&& request.outcome() != null && RELEASED.contains(request.outcome());
		var published = publication.find(request.trackingCode()).orElse(null);
		model.addAttribute("publication", published);
		model.addAttribute("publicationTime", (published != null) ? TIME.format(published.publishedAt()) : null);
		model.addAttribute("publishable", released && published == null);
		if (released && published == null) {
			List<Choice> choices = new ArrayList<>();
			categories.tree().forEach(category -> flatten(category, 0, choices));
			model.addAttribute("catalogueCategories", choices);
		}
	}

	private static void flatten(Category category, int depth, List<Choice> choices) {
		if (category.retired()) {
			return;
		}
		choices.add(new Choice(category.id(), "\u3000".repeat(depth) + category.name()));
		category.children().forEach(child -> flatten(child, depth + 1, choices));
	}

	/** A category in the select, indented by its depth. */
	record Choice(UUID id, String label) {
	}

}
