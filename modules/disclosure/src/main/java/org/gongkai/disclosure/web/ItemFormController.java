package org.gongkai.disclosure.web;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.gongkai.disclosure.api.CatalogueItem;
import org.gongkai.disclosure.api.CatalogueService;
import org.gongkai.disclosure.api.Channel;
import org.gongkai.disclosure.api.ItemDraft;
import org.gongkai.disclosure.api.ItemException;
import org.gongkai.disclosure.api.ItemState;
import org.gongkai.disclosure.api.NewAttachment;
import org.gongkai.disclosure.api.Uploads;
import org.gongkai.disclosure.api.Validity;
import org.gongkai.tenancy.api.Town;
import org.gongkai.tenancy.api.TownKind;
import org.gongkai.web.Lenient;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
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

/**
 * The item form: a new draft with its attachments (saved together or not at all), or a
 * change to a draft or a published item (a new revision, with a 修改说明). Whatever the
 * service refuses is shown beside its field in the reader's language, the entries kept;
 * nothing is saved then.
 */
@Controller
@RequestMapping("/staff/towns/{code}/items")
class ItemFormController {

	static final String VIEW_FORM = "disclosure/item-form";

	private final CatalogueService catalogue;

	private final CataloguePages pages;

	ItemFormController(CatalogueService catalogue, CataloguePages pages) {
		this.catalogue = catalogue;
		this.pages = pages;
	}

	@GetMapping("/new")
	@PreAuthorize(StaffAccess.EDITORS)
	String newItem(@PathVariable String code, Model model) {
		Town town = pages.town(code);
		var form = new ItemForm("", defaultPublisher(town), "", "", "", List.of(Channel.WEBSITE.name()), "",
				Validity.IN_FORCE.name(), "", "", "", "", "", "");
		return formView(town, null, form, Map.of(), null, false, model);
	}

	@PostMapping
	@PreAuthorize(StaffAccess.EDITORS)
	String create(@PathVariable String code, @ModelAttribute ItemForm form,
			@RequestParam(name = "files", required = false) @Nullable List<MultipartFile> files, Model model,
			RedirectAttributes flash, Locale locale) throws IOException {
		List<NewAttachment> attachments = new ArrayList<>();
		for (MultipartFile file : (files != null) ? files : List.<MultipartFile>of()) {
			// a file input left empty still sends a part without name or content
			if (!file.isEmpty() || (file.getOriginalFilename() != null && !file.getOriginalFilename().isBlank())) {
				attachments.add(Uploads.of(file));
			}
		}
		Map<String, String> unreadable = form.unreadable(pages, locale);
		if (!unreadable.isEmpty()) {
			return formView(pages.town(code), null, form, unreadable, null, !attachments.isEmpty(), model);
		}
		try {
			CatalogueItem item = catalogue.create(form.draft(), attachments);
			flash.addFlashAttribute("message", "disclosure.page.flash.created");
			return "redirect:/staff/towns/{code}/items/" + item.id();
		}
		catch (ItemException ex) {
			return refused(pages.town(code), null, form, ex, !attachments.isEmpty(), model, locale);
		}
	}

	@GetMapping("/{id}/edit")
	@PreAuthorize(StaffAccess.STAFF)
	String edit(@PathVariable String code, @PathVariable UUID id, Model model) {
		CatalogueItem item = catalogue.get(id);
		return formView(pages.town(code), item, ItemForm.of(item), Map.of(), null, false, model);
	}

	@PostMapping("/{id}/edit")
	@PreAuthorize(StaffAccess.STAFF)
	String update(@PathVariable String code, @PathVariable UUID id, @ModelAttribute ItemForm form, Model model,
			RedirectAttributes flash, Locale locale) {
		CatalogueItem item = catalogue.get(id);
		Map<String, String> unreadable = form.unreadable(pages, locale);
		if (!unreadable.isEmpty()) {
			return formView(pages.town(code), item, form, unreadable, null, false, model);
		}
		try {
			catalogue.update(id, form.versionNumber(), form.draft(), form.note());
			flash.addFlashAttribute("message", "disclosure.page.flash.updated");
			return "redirect:/staff/towns/{code}/items/{id}";
		}
		catch (ItemException ex) {
			return refused(pages.town(code), item, form, ex, false, model, locale);
		}
	}

	private String refused(Town town, @Nullable CatalogueItem item, ItemForm form, ItemException ex, boolean hadFiles,
			Model model, Locale locale) {
		Map<String, String> errors = pages.fieldErrors(ex, locale);
		String problem = errors.isEmpty() ? pages.text(ex, locale) : null;
		return formView(town, item, form, errors, problem, hadFiles, model);
	}

	/**
	 * @param hadFiles files were chosen, and a browser cannot keep them across a refused
	 * form: the page asks for them again
	 */
	private String formView(Town town, @Nullable CatalogueItem item, ItemForm form, Map<String, String> errors,
			@Nullable String problem, boolean hadFiles, Model model) {
		model.addAttribute("town", town);
		model.addAttribute("item", item);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("problem", problem);
		model.addAttribute("hadFiles", hadFiles);
		model.addAttribute("noteRequired",
				item != null && (item.state() == ItemState.PUBLISHED || item.state() == ItemState.EXPIRED));
		model.addAttribute("categories", pages.categoryOptions(false));
		model.addAttribute("channels", Channel.values());
		model.addAttribute("validities", Validity.values());
		return VIEW_FORM;
	}

	/** 镇 and 乡 publish as their people's government, 街道 as its office. */
	private static String defaultPublisher(Town town) {
		return town.name() + ((town.kind() == TownKind.STREET) ? "办事处" : "人民政府");
	}

	/**
	 * The form as typed: text throughout, so that whatever was entered comes back on a
	 * refused form.
	 */
	record ItemForm(@Nullable String title, @Nullable String publisher, @Nullable String documentNumber,
			@Nullable String formedOn, @Nullable String categoryId, @Nullable List<String> channels,
			@Nullable String audience, @Nullable String validity, @Nullable String keywords, @Nullable String summary,
			@Nullable String body, @Nullable String expiresOn, @Nullable String version, @Nullable String note) {

		static ItemForm of(CatalogueItem item) {
			ItemDraft draft = ItemDraft.of(item);
			return new ItemForm(draft.title(), draft.publisher(), draft.documentNumber(), text(draft.formedOn()),
					String.valueOf(draft.categoryId()), item.channels().stream().sorted().map(Channel::name).toList(),
					draft.audience(), (draft.validity() != null) ? draft.validity().name() : "", draft.keywords(),
					draft.summary(), draft.body(), text(draft.expiresOn()), String.valueOf(item.version()), "");
		}

		public boolean checked(Channel channel) {
			return channels != null && channels.contains(channel.name());
		}

		/**
		 * Dates a browser's date field would not send: refused before the service sees
		 * them, so that nothing is saved with a date silently dropped.
		 */
		Map<String, String> unreadable(CataloguePages pages, Locale locale) {
			Map<String, String> errors = new LinkedHashMap<>();
			for (var date : Map
				.of("formedOn", (formedOn != null) ? formedOn : "", "expiresOn", (expiresOn != null) ? expiresOn : "")
				.entrySet()) {
				if (!date.getValue().isBlank() && Lenient.date(date.getValue()) == null) {
					errors.put(date.getKey(), pages.text("disclosure.page.form.date-invalid", locale,
							pages.text(ItemException.label(date.getKey()), locale)));
				}
			}
			return errors;
		}

		ItemDraft draft() {
			Set<Channel> chosen = EnumSet.noneOf(Channel.class);
			for (String name : (channels != null) ? channels : List.<String>of()) {
				for (Channel channel : Channel.values()) {
					if (channel.name().equals(name)) {
						chosen.add(channel);
					}
				}
			}
			return new ItemDraft(title, publisher, documentNumber, Lenient.date(formedOn), Lenient.uuid(categoryId),
					chosen, audience, chosenValidity(), keywords, summary, body, Lenient.date(expiresOn));
		}

		long versionNumber() {
			try {
				return (version != null) ? Long.parseLong(version.strip()) : -1;
			}
			catch (NumberFormatException ex) {
				return -1;
			}
		}

		private @Nullable Validity chosenValidity() {
			for (Validity candidate : Validity.values()) {
				if (candidate.name().equals(validity)) {
					return candidate;
				}
			}
			return null;
		}

		private static String text(@Nullable LocalDate date) {
			return (date != null) ? date.toString() : "";
		}

	}

}
