package org.gongkai.disclosure.web;

import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.gongkai.disclosure.api.CatalogueItem;
import org.gongkai.disclosure.api.CatalogueService;
import org.gongkai.disclosure.api.Channel;
import org.gongkai.disclosure.api.ItemException;
import org.gongkai.disclosure.api.ItemPage;
import org.gongkai.disclosure.api.ItemQuery;
import org.gongkai.disclosure.api.ItemState;
import org.gongkai.disclosure.api.Uploads;
import org.gongkai.web.Lenient;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A town's catalogue for its staff: the list with filters, the review queue, an item with
 * its history and the workflow steps the signed-in person may take. The security chain
 * has checked membership of {@code code} (city supervisors read only); the URL made the
 * town current. Each step redirects back to the item with a message, or with the reason
 * it was refused.
 */
@Controller
@RequestMapping("/staff/towns/{code}")
class ItemPagesController {

	static final String VIEW_LIST = "disclosure/items";

	static final String VIEW_REVIEW = "disclosure/review";

	static final String VIEW_ITEM = "disclosure/item";

	static final String VIEW_WITHDRAW = "disclosure/withdraw";

	static final int PAGE_SIZE = 20;

	/** The regulation took effect in 2008; nothing is older. */
	static final int FIRST_YEAR = 2008;

	private final CatalogueService catalogue;

	private final CataloguePages pages;

	ItemPagesController(CatalogueService catalogue, CataloguePages pages) {
		this.catalogue = catalogue;
		this.pages = pages;
	}

	@GetMapping("/items")
	String list(@PathVariable String code, @ModelAttribute("filters") ListFilters filters,
			Authentication authentication, Model model) {
		ItemPage<CatalogueItem> found = catalogue.list(filters.query(PAGE_SIZE));
		var names = pages.categoryNames();
		Integer selected = filters.selectedYear();
		int year = (selected != null) ? selected : pages.today().getYear();
		model.addAttribute("town", pages.town(code));
		model.addAttribute("access", StaffAccess.of(authentication, code));
		model.addAttribute("rows", found.content().stream().map(item -> row(item, names)).toList());
		model.addAttribute("found", found);
		model.addAttribute("previousQuery", found.hasPrevious() ? filters.queryString(found.page() - 1) : null);
		model.addAttribute("nextQuery", found.hasNext() ? filters.queryString(found.page() + 1) : null);
		model.addAttribute("exportQuery", filters.queryString(null));
		model.addAttribute("categories", pages.categoryOptions(true));
		model.addAttribute("states", ItemState.values());
		model.addAttribute("channels", Channel.values());
		model.addAttribute("years", years());
		model.addAttribute("timeliness", catalogue.timeliness(year));
		return VIEW_LIST;
	}

	@GetMapping("/review")
	String review(@PathVariable String code, Authentication authentication, Model model) {
		var names = pages.categoryNames();
		model.addAttribute("town", pages.town(code));
		model.addAttribute("access", StaffAccess.of(authentication, code));
		model.addAttribute("rows", catalogue.reviewQueue().stream().map(item -> row(item, names)).toList());
		return VIEW_REVIEW;
	}

	@GetMapping("/items/{id}")
	String item(@PathVariable String code, @PathVariable UUID id, Authentication authentication, Model model) {
		CatalogueItem item = catalogue.get(id);
		StaffAccess access = StaffAccess.of(authentication, code);
		model.addAttribute("town", pages.town(code));
		model.addAttribute("item", item);
		model.addAttribute("details", ItemDetails.of(item, pages));
		model.addAttribute("actions", ItemActions.of(item.state(), access));
		model.addAttribute("history",
				catalogue.history(id)
					.stream()
					.map(revision -> new ItemDetails.Revision(revision, pages.time(revision.replacedAt())))
					.toList());
		return VIEW_ITEM;
	}

	@PostMapping("/items/{id}/submit")
	@PreAuthorize(StaffAccess.EDITORS)
	String submit(@PathVariable String code, @PathVariable UUID id, @RequestParam long version,
			RedirectAttributes flash, Locale locale) {
		return step(flash, locale, "disclosure.page.flash.submitted", () -> catalogue.submit(id, version));
	}

	@PostMapping("/items/{id}/approve")
	@PreAuthorize(StaffAccess.APPROVERS)
	String approve(@PathVariable String code, @PathVariable UUID id, @RequestParam long version,
			RedirectAttributes flash, Locale locale) {
		return step(flash, locale, "disclosure.page.flash.approved", () -> catalogue.approve(id, version));
	}

	@PostMapping("/items/{id}/send-back")
	@PreAuthorize(StaffAccess.REVIEWERS)
	String sendBack(@PathVariable String code, @PathVariable UUID id, @RequestParam long version,
			@RequestParam(name = "sendBackReason", defaultValue = "") String reason, RedirectAttributes flash,
			Locale locale) {
		return step(flash, locale, "disclosure.page.flash.sent-back", "sendBack",
				() -> catalogue.sendBack(id, version, reason));
	}

	/**
	 * Now, or at a time in the town's zone ({@code datetime-local}); a time already past
	 * publishes now.
	 */
	@PostMapping("/items/{id}/publish")
	@PreAuthorize(StaffAccess.REVIEWERS)
	String publish(@PathVariable String code, @PathVariable UUID id, @RequestParam long version,
			@RequestParam(defaultValue = "now") String when, @RequestParam(defaultValue = "") String at,
			RedirectAttributes flash, Locale locale) {
		Instant time = null;
		if ("at".equals(when)) {
			try {
				time = LocalDateTime.parse(at).atZone(pages.clock().getZone()).toInstant();
			}
			catch (DateTimeException ex) {
				flash.addFlashAttribute("actionErrors", new LinkedHashMap<>(
						Map.of("publishAt", pages.text("disclosure.page.publish.at-invalid", locale))));
				return "redirect:/staff/towns/{code}/items/{id}";
			}
		}
		Instant chosen = time;
		boolean later = chosen != null && chosen.isAfter(pages.clock().instant());
		return step(flash, locale, later ? "disclosure.page.flash.scheduled" : "disclosure.page.flash.published",
				() -> catalogue.publish(id, version, chosen));
	}

	/** The confirmation step: what withdrawing means, and the reason to give. */
	@GetMapping("/items/{id}/withdraw")
	@PreAuthorize(StaffAccess.REVIEWERS)
	String confirmWithdrawal(@PathVariable String code, @PathVariable UUID id, Model model) {
		return withdrawView(code, catalogue.get(id), "", Map.of(), model);
	}

	@PostMapping("/items/{id}/withdraw")
	@PreAuthorize(StaffAccess.REVIEWERS)
	String withdraw(@PathVariable String code, @PathVariable UUID id, @RequestParam long version,
			@RequestParam(defaultValue = "") String reason, @RequestParam(defaultValue = "false") boolean confirmed,
			Model model, RedirectAttributes flash, Locale locale) {
		Map<String, String> errors = new LinkedHashMap<>();
		if (reason.isBlank()) {
			errors.put("reason", pages.text("disclosure.page.withdraw.reason-required", locale));
		}
		if (!confirmed) {
			errors.put("confirmed", pages.text("disclosure.page.withdraw.confirm-required", locale));
		}
		if (!errors.isEmpty()) {
			return withdrawView(code, catalogue.get(id), reason, errors, model);
		}
		return step(flash, locale, "disclosure.page.flash.withdrawn", () -> catalogue.withdraw(id, version, reason));
	}

	@PostMapping("/items/{id}/expire")
	@PreAuthorize(StaffAccess.REVIEWERS)
	String expire(@PathVariable String code, @PathVariable UUID id, @RequestParam long version,
			RedirectAttributes flash, Locale locale) {
		return step(flash, locale, "disclosure.page.flash.expired", () -> catalogue.expire(id, version));
	}

	@PostMapping("/items/{id}/attachments")
	@PreAuthorize(StaffAccess.STAFF)
	String attach(@PathVariable String code, @PathVariable UUID id, @RequestParam long version,
			@RequestParam(required = false) @Nullable MultipartFile file, RedirectAttributes flash, Locale locale)
			throws IOException {
		if (file == null || file.isEmpty()) {
			flash.addFlashAttribute("actionErrors", new LinkedHashMap<>(
					Map.of("attachment", pages.text("disclosure.page.attachments.choose", locale))));
			return "redirect:/staff/towns/{code}/items/{id}";
		}
		var upload = Uploads.of(file);
		return step(flash, locale, "disclosure.page.flash.attached", () -> catalogue.attach(id, version, upload));
	}

	@PostMapping("/items/{id}/attachments/{attachmentId}/delete")
	@PreAuthorize(StaffAccess.STAFF)
	String detach(@PathVariable String code, @PathVariable UUID id, @PathVariable UUID attachmentId,
			@RequestParam long version, RedirectAttributes flash, Locale locale) {
		return step(flash, locale, "disclosure.page.flash.detached", () -> catalogue.detach(id, version, attachmentId));
	}

	@GetMapping("/items/{id}/attachments/{attachmentId}")
	ResponseEntity<byte[]> download(@PathVariable String code, @PathVariable UUID id, @PathVariable UUID attachmentId) {
		return Uploads.download(catalogue.attachment(id, attachmentId));
	}

	private String withdrawView(String code, CatalogueItem item, String reason, Map<String, String> errors,
			Model model) {
		model.addAttribute("town", pages.town(code));
		model.addAttribute("item", item);
		model.addAttribute("reason", reason);
		model.addAttribute("errors", errors);
		return VIEW_WITHDRAW;
	}

	private String step(RedirectAttributes flash, Locale locale, String done, Supplier<CatalogueItem> action) {
		return step(flash, locale, done, "", action);
	}

	/**
	 * Takes a workflow step and goes back to the item: with a message, or with why not
	 * (out of turn, changed meanwhile, a field missing), the field's message under
	 * {@code form} + field.
	 */
	private String step(RedirectAttributes flash, Locale locale, String done, String form,
			Supplier<CatalogueItem> action) {
		try {
			action.get();
			flash.addFlashAttribute("message", done);
		}
		catch (ItemException ex) {
			if (ex.fieldErrors().isEmpty()) {
				flash.addFlashAttribute("actionError", pages.text(ex, locale));
			}
			else {
				var errors = new LinkedHashMap<String, String>();
				pages.fieldErrors(ex, locale)
					.forEach((field, message) -> errors.put(form.isEmpty() ? field : form + capitalized(field),
							message));
				flash.addFlashAttribute("actionErrors", errors);
			}
		}
		return "redirect:/staff/towns/{code}/items/{id}";
	}

	private static String capitalized(String field) {
		return Character.toUpperCase(field.charAt(0)) + field.substring(1);
	}

	private ItemRow row(CatalogueItem item, Map<UUID, String> names) {
		return ItemRow.of(item, names, pages.today(), pages.time(item.submittedAt()));
	}

	private List<Integer> years() {
		List<Integer> years = new ArrayList<>();
		for (int year = pages.today().getYear(); year >= FIRST_YEAR; year--) {
			years.add(year);
		}
		return years;
	}

	/**
	 * The list's filters as the query string carries them; anything unreadable is ignored
	 * rather than refused.
	 */
	record ListFilters(@Nullable String category, @Nullable String state, @Nullable String channel,
			@Nullable String year, @Nullable String text, @Nullable String page) {

		public @Nullable Integer selectedYear() {
			return Lenient.integer(year);
		}

		int pageNumber() {
			Integer number = Lenient.integer(page);
			return (number != null && number > 0) ? number : 0;
		}

		ItemQuery query(int size) {
			return new ItemQuery(Lenient.enumValue(ItemState.class, state), Lenient.uuid(category), selectedYear(),
					Lenient.enumValue(Channel.class, channel), Lenient.text(text), pageNumber(), size);
		}

		/** The filters again, for the pager and the export, at another page or none. */
		String queryString(@Nullable Integer page) {
			var query = UriComponentsBuilder.newInstance();
			add(query, "category", (Lenient.uuid(category) != null) ? category : null);
			add(query, "state", (Lenient.enumValue(ItemState.class, state) != null) ? state : null);
			add(query, "channel", (Lenient.enumValue(Channel.class, channel) != null) ? channel : null);
			add(query, "year", (selectedYear() != null) ? String.valueOf(selectedYear()) : null);
			add(query, "text", Lenient.text(text));
			add(query, "page", (page != null) ? String.valueOf(page) : null);
			return query.encode().build().toUriString();
		}

		private static void add(UriComponentsBuilder query, String name, @Nullable String value) {
			if (value != null) {
				query.queryParam(name, value);
			}
		}

	}

}
