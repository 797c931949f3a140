package org.gongkai.requests.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.gongkai.requests.api.ClockChange;
import org.gongkai.requests.api.ClockState;
import org.gongkai.requests.api.Delivery;
import org.gongkai.requests.api.IntakeChannel;
import org.gongkai.requests.api.NewRequest;
import org.gongkai.requests.api.Outcome;
import org.gongkai.requests.api.RequestClock;
import org.gongkai.requests.api.RequestDeadline;
import org.gongkai.requests.api.RequestDecisions;
import org.gongkai.requests.api.RequestDesk;
import org.gongkai.requests.api.RequestException;
import org.gongkai.requests.api.RequestPage;
import org.gongkai.requests.api.RequestQuery;
import org.gongkai.requests.api.RequestReceipt;
import org.gongkai.requests.api.RequestState;
import org.gongkai.requests.api.RequestSummary;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The town's request inbox for its staff (the city office reads). Applicants' names, IDs
 * and phone numbers are whole only for request officers and reviewers.
 */
@RestController
@RequestMapping("/api/v1/towns/{code}/requests")
class RequestDeskController {

	private final RequestDesk desk;

	private final RequestClock clock;

	private final MessageSource messages;

	private final RequestDecisions decisions;

	RequestDeskController(RequestDesk desk, RequestClock clock, RequestDecisions decisions, MessageSource messages) {
		this.desk = desk;
		this.decisions = decisions;
		this.clock = clock;
		this.messages = messages;
	}

	@GetMapping
	RequestPage inbox(@PathVariable String code, @RequestParam @Nullable RequestState state,
			@RequestParam @Nullable LocalDate dueBy, @RequestParam @Nullable IntakeChannel channel,
			@RequestParam @Nullable String officer, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size, Authentication staff) {
		RequestPage found = desk.inbox(new RequestQuery(state, dueBy, channel, officer, page, size));
		return RequestAccess.of(staff, code).seesPersonalData() ? found
				: new RequestPage(found.content().stream().map(RequestSummary::masked).toList(), found.page(),
						found.size(), found.total());
	}

	@PostMapping("/registered")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize(RequestAccess.HANDLERS)
	RequestReceipt register(@PathVariable String code, @RequestBody Registration registration) {
		if (registration.channel() == null || registration.receivedOn() == null) {
			throw RequestException
				.invalid(Map.of((registration.channel() == null) ? "channel" : "receivedOn", List.of("required")));
		}
		return desk.register(registration.request(), registration.channel(), registration.receivedOn());
	}

	@PostMapping("/{trackingCode}/assign")
	@PreAuthorize(RequestAccess.HANDLERS)
	RequestSummary assign(@PathVariable String code, @PathVariable String trackingCode,
			@RequestBody Assignment assignment) {
		return desk.assign(trackingCode, assignment.officer());
	}

	/**
	 * A step that moves the deadline: 补正 notice and correction, consultations, fee
	 * notice, and the extension, which needs a reviewer's approval (regulation art. 33).
	 */
	@PostMapping("/{trackingCode}/clock")
	@PreAuthorize(RequestAccess.HANDLERS)
	Deadline record(@PathVariable String code, @PathVariable String trackingCode, @RequestBody ClockChange change,
			Authentication staff, Locale locale) {
		if (change.kind() == null || !change.kind().recordedAlone()) {
			throw RequestException.invalid(Map.of("kind", List.of("clock-kind")));
		}
		if (change.kind() == ClockChange.Kind.EXTENDED && !RequestAccess.of(staff, code).reviewer()) {
			throw new AccessDeniedException("An extension needs a reviewer's approval");
		}
		return Deadline.of(clock.record(trackingCode, change, staff.getName()), messages, locale);
	}

	/** Why the deadline is that date: each step with the working days it counted. */
	@GetMapping("/{trackingCode}/deadline")
	Deadline deadline(@PathVariable String code, @PathVariable String trackingCode, Authentication staff,
			Locale locale) {
		RequestDeadline deadline = clock.deadline(trackingCode);
		return Deadline.of(
				RequestAccess.of(staff, code).seesPersonalData() ? deadline
						: deadline.withoutParties(messages.getMessage("requests.page.deadline.party", null, locale)),
				messages, locale);
	}

	@PostMapping("/{trackingCode}/decision")
	@PreAuthorize("hasRole('request-officer')")
	void propose(@PathVariable String code, @PathVariable String trackingCode, @RequestBody Decision decision,
			Authentication staff) {
		if (decision.outcome() == null) {
			throw RequestException.invalid(Map.of("outcome", List.of("required")));
		}
		decisions.propose(trackingCode, decision.outcome(), decision.decisionText(), decision.legalBasis(),
				staff.getName());
	}

	@PostMapping("/{trackingCode}/decision/approve")
	@PreAuthorize("hasRole('town-reviewer')")
	void approve(@PathVariable String code, @PathVariable String trackingCode, Authentication staff) {
		decisions.approve(trackingCode, staff.getName());
	}

	@PostMapping("/{trackingCode}/delivery")
	@PreAuthorize(RequestAccess.HANDLERS)
	void delivered(@PathVariable String code, @PathVariable String trackingCode, @RequestBody Delivered delivered) {
		if (delivered.method() == null || delivered.on() == null) {
			throw RequestException
				.invalid(Map.of((delivered.method() == null) ? "delivery" : "deliveredOn", List.of("required")));
		}
		decisions.delivered(trackingCode, delivered.method(), delivered.on());
	}

	@GetMapping("/{trackingCode}/letter.docx")
	@PreAuthorize(RequestAccess.HANDLERS)
	ResponseEntity<byte[]> letterDocx(@PathVariable String code, @PathVariable String trackingCode) {
		return Downloads.replyLetter(decisions, trackingCode, Downloads.DOCX);
	}

	@GetMapping("/{trackingCode}/letter.pdf")
	@PreAuthorize(RequestAccess.HANDLERS)
	ResponseEntity<byte[]> letterPdf(@PathVariable String code, @PathVariable String trackingCode) {
		return Downloads.replyLetter(decisions, trackingCode, Downloads.PDF);
	}

	/** An application received off line, with its channel and legal receipt date. */
	record Registration(NewRequest request, @Nullable IntakeChannel channel, @Nullable LocalDate receivedOn) {
	}

	record Assignment(String officer) {
	}

	record Decision(@Nullable Outcome outcome, String decisionText, String legalBasis) {
	}

	record Delivered(@Nullable Delivery method, @Nullable LocalDate on) {
	}

	/**
	 * The deadline with its explanation in the reader's language.
	 */
	record Deadline(@Nullable LocalDate dueOn, ClockState state, int workingDaysUsed, int workingDaysRemaining,
			boolean overdue, @Nullable LocalDate correctionDueOn, @Nullable LocalDate feeDueOn,
			@Nullable Outcome lapsedAs, boolean provisional, List<String> explanation) {

		static Deadline of(RequestDeadline deadline, MessageSource messages, Locale locale) {
			return new Deadline(deadline.dueOn(), deadline.state(), deadline.workingDaysUsed(),
					deadline.workingDaysRemaining(), deadline.overdue(), deadline.correctionDueOn(),
					deadline.feeDueOn(), deadline.lapsedAs(), deadline.provisional(),
					deadline.explanation()
						.stream()
						.map(step -> messages.getMessage(step.code(), step.argumentArray(), step.code(), locale))
						.toList());
		}

	}

}
