package org.gongkai.requests.web;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import org.gongkai.requests.api.AnswerPublication;
import org.gongkai.requests.api.Consultation;
import org.gongkai.requests.api.NewConsultation;
import org.gongkai.requests.api.RequestConsultations;
import org.gongkai.web.ProblemException;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The forms of the consultation and publication sections of the request page, and the
 * consultation letters to download from it; each redirects back to the request page.
 */
@Controller
@RequestMapping("/staff/towns/{code}/requests/{trackingCode}")
@PreAuthorize(RequestAccess.HANDLERS)
class RequestFeaturePagesController {

	private final RequestConsultations consultations;

	private final AnswerPublication publication;

	private final MessageSource messages;

	RequestFeaturePagesController(RequestConsultations consultations, AnswerPublication publication,
			MessageSource messages) {
		this.consultations = consultations;
		this.publication = publication;
		this.messages = messages;
	}

	@PostMapping("/consultations")
	String start(@PathVariable String code, @PathVariable String trackingCode, @RequestParam @Nullable String party,
			@RequestParam @Nullable String contact, @RequestParam @Nullable String question,
			@RequestParam @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate sentOn,
			Authentication staff, Locale locale, RedirectAttributes redirect) {
		try {
			consultations.start(trackingCode, new NewConsultation(party, contact, question, sentOn), staff.getName());
			redirect.addFlashAttribute("message", "requests.page.consultations.started");
		}
		catch (ProblemException ex) {
			PageProblems.flash(ex, messages, locale, redirect);
		}
		return back(code, trackingCode);
	}

	@PostMapping("/consultations/{id}/answer")
	String answer(@PathVariable String code, @PathVariable String trackingCode, @PathVariable long id,
			@RequestParam Consultation.@Nullable Answer answer,
			@RequestParam @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate answeredOn,
			@RequestParam @Nullable String note, Authentication staff, Locale locale, RedirectAttributes redirect) {
		try {
			consultations.answer(trackingCode, id, answer, answeredOn, note, staff.getName());
			redirect.addFlashAttribute("message", "requests.page.consultations.answered");
		}
		catch (ProblemException ex) {
			PageProblems.flash(ex, messages, locale, redirect);
		}
		return back(code, trackingCode);
	}

	@GetMapping("/consultations/{id}/letter.docx")
	ResponseEntity<byte[]> letterDocx(@PathVariable String code, @PathVariable String trackingCode,
			@PathVariable long id) {
		return RequestConsultationController.file(consultations.letterDocx(trackingCode, id),
				trackingCode + "-" + id + "-征求意见书.docx", RequestConsultationController.DOCX);
	}

	@GetMapping("/consultations/{id}/letter.pdf")
	ResponseEntity<byte[]> letterPdf(@PathVariable String code, @PathVariable String trackingCode,
			@PathVariable long id) {
		return RequestConsultationController.file(consultations.letterPdf(trackingCode, id),
				trackingCode + "-" + id + "-征求意见书.pdf", "application/pdf");
	}

	@PostMapping("/publication")
	String publish(@PathVariable String code, @PathVariable String trackingCode, @RequestParam @Nullable String title,
			@RequestParam @Nullable UUID categoryId, Authentication staff, Locale locale, RedirectAttributes redirect) {
		try {
			publication.publish(trackingCode, title, categoryId, staff.getName());
			redirect.addFlashAttribute("message", "requests.page.publication.done");
		}
		catch (ProblemException ex) {
			PageProblems.flash(ex, messages, locale, redirect);
		}
		return back(code, trackingCode);
	}

	private static String back(String code, String trackingCode) {
		return "redirect:/staff/towns/" + code + "/requests/" + trackingCode;
	}

}
