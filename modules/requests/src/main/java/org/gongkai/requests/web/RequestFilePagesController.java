package org.gongkai.requests.web;

import java.io.IOException;
import java.util.Locale;
import java.util.UUID;

import org.gongkai.requests.api.RequestDocument;
import org.gongkai.requests.api.RequestFiles;
import org.gongkai.requests.api.RequestRecordException;
import org.gongkai.tenancy.api.TownRegistry;
import org.gongkai.web.ProblemException;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The forms of the notes-and-documents section, the documents' download for a signed-in
 * handler, and the confirmation step before a document is deleted.
 */
@Controller
@RequestMapping("/staff/towns/{code}/requests/{trackingCode}")
@PreAuthorize(RequestAccess.HANDLERS)
class RequestFilePagesController {

	static final String VIEW_DELETE = "requests/document-delete";

	private static final String BACK = "redirect:/staff/towns/{code}/requests/{trackingCode}";

	private final RequestFiles files;

	private final TownRegistry towns;

	private final MessageSource messages;

	RequestFilePagesController(RequestFiles files, TownRegistry towns, MessageSource messages) {
		this.files = files;
		this.towns = towns;
		this.messages = messages;
	}

	@PostMapping("/notes")
	String addNote(@PathVariable String code, @PathVariable String trackingCode,
			@RequestParam(defaultValue = "") String text, RedirectAttributes flash, Locale locale) {
		try {
			files.addNote(trackingCode, text);
			flash.addFlashAttribute("message", "requests.files.flash.note-added");
		}
		catch (ProblemException ex) {
			PageProblems.flash(ex, messages, locale, flash);
		}
		return BACK;
	}

	@PostMapping("/documents")
	String addDocument(@PathVariable String code, @PathVariable String trackingCode,
			@RequestParam(required = false) @Nullable MultipartFile file,
			@RequestParam(required = false) @Nullable String description, RedirectAttributes flash, Locale locale)
			throws IOException {
		try {
			files.addDocument(trackingCode, RequestFileController.upload(file, description));
			flash.addFlashAttribute("message", "requests.files.flash.document-added");
		}
		catch (ProblemException ex) {
			PageProblems.flash(ex, messages, locale, flash);
		}
		return BACK;
	}

	@GetMapping("/documents/{id}")
	ResponseEntity<byte[]> download(@PathVariable String code, @PathVariable String trackingCode,
			@PathVariable UUID id) {
		return RequestFileController.download(files.download(trackingCode, id));
	}

	/** The confirmation step: which file goes, and that only the audit entry stays. */
	@GetMapping("/documents/{id}/delete")
	String confirmDelete(@PathVariable String code, @PathVariable String trackingCode, @PathVariable UUID id,
			Model model) {
		RequestDocument document = files.documents(trackingCode)
			.stream()
			.filter(d -> d.id().equals(id))
			.findFirst()
			.orElseThrow(() -> RequestRecordException.documentNotFound(trackingCode));
		model.addAttribute("town", towns.require(code));
		model.addAttribute("trackingCode", trackingCode);
		model.addAttribute("document", document);
		return VIEW_DELETE;
	}

	@PostMapping("/documents/{id}/delete")
	String delete(@PathVariable String code, @PathVariable String trackingCode, @PathVariable UUID id,
			@RequestParam(defaultValue = "false") boolean confirmed, RedirectAttributes flash, Locale locale) {
		if (!confirmed) {
			return "redirect:/staff/towns/{code}/requests/{trackingCode}/documents/{id}/delete";
		}
		try {
			files.deleteDocument(trackingCode, id);
			flash.addFlashAttribute("message", "requests.files.flash.document-deleted");
		}
		catch (ProblemException ex) {
			PageProblems.flash(ex, messages, locale, flash);
		}
		return BACK;
	}

}
