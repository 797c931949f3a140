package org.gongkai.requests.web;

import java.time.LocalDate;
import java.util.List;

import org.gongkai.requests.api.Consultation;
import org.gongkai.requests.api.NewConsultation;
import org.gongkai.requests.api.RequestConsultations;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * 征求第三方意见 on a request (regulation arts. 32–34): the letter, the party's answer and the
 * pause of the deadline in between. Handlers act; the town's other staff read.
 */
@RestController
@RequestMapping("/api/v1/towns/{code}/requests/{trackingCode}/consultations")
@PreAuthorize(RequestAccess.HANDLERS)
class RequestConsultationController {

	static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	private final RequestConsultations consultations;

	RequestConsultationController(RequestConsultations consultations) {
		this.consultations = consultations;
	}

	@GetMapping
	List<Consultation> list(@PathVariable String code, @PathVariable String trackingCode) {
		return consultations.list(trackingCode);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	Consultation start(@PathVariable String code, @PathVariable String trackingCode,
			@RequestBody NewConsultation consultation, Authentication staff) {
		return consultations.start(trackingCode, consultation, staff.getName());
	}

	@PostMapping("/{id}/answer")
	Consultation answer(@PathVariable String code, @PathVariable String trackingCode, @PathVariable long id,
			@RequestBody Answered answered, Authentication staff) {
		return consultations.answer(trackingCode, id, answered.answer(), answered.answeredOn(), answered.note(),
				staff.getName());
	}

	@GetMapping("/{id}/letter.docx")
	ResponseEntity<byte[]> letterDocx(@PathVariable String code, @PathVariable String trackingCode,
			@PathVariable long id) {
		return file(consultations.letterDocx(trackingCode, id), trackingCode + "-" + id + "-征求意见书.docx", DOCX);
	}

	@GetMapping("/{id}/letter.pdf")
	ResponseEntity<byte[]> letterPdf(@PathVariable String code, @PathVariable String trackingCode,
			@PathVariable long id) {
		return file(consultations.letterPdf(trackingCode, id), trackingCode + "-" + id + "-征求意见书.pdf",
				"application/pdf");
	}

	static ResponseEntity<byte[]> file(byte[] content, String name, String type) {
		return Downloads.file(content, name, type);
	}

	/**
	 * @param answeredOn not needed for {@code NO_ANSWER}, which ends on the reply due
	 * date
	 */
	record Answered(Consultation.@Nullable Answer answer, @Nullable LocalDate answeredOn, @Nullable String note) {
	}

}
