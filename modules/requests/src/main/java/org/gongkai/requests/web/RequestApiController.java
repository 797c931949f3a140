package org.gongkai.requests.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.gongkai.requests.api.Attempts;
import org.gongkai.requests.api.NewRequest;
import org.gongkai.requests.api.RequestIntake;
import org.gongkai.requests.api.RequestException;
import org.gongkai.requests.api.RequestReceipt;
import org.gongkai.requests.api.RequestState;
import org.gongkai.requests.api.RequestStatus;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Citizens apply online and follow their request, without an account. The answer comes
 * only after the application is committed, so a success always means it is stored.
 */
@RestController
@RequestMapping("/api/v1/towns/{code}/requests")
class RequestApiController {

	private final RequestIntake intake;

	private final Attempts limiter;

	RequestApiController(RequestIntake intake, Attempts limiter) {
		this.intake = intake;
		this.limiter = limiter;
	}

	@PostMapping
	ResponseEntity<Receipt> apply(@PathVariable String code,
			@RequestHeader(name = "Idempotency-Key", required = false) @Nullable String idempotencyKey,
			@RequestBody NewRequest request, HttpServletRequest http) {
		limiter.submission(code, http.getRemoteAddr());
		RequestReceipt receipt = intake.submit(request, idempotencyKey);
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(new Receipt(receipt.trackingCode(), receipt.receivedOn(), receipt.deadline(), receipt.provisional()));
	}

	@GetMapping("/status")
	ResponseEntity<Status> status(@PathVariable String code, @RequestParam String trackingCode,
			@RequestParam String phoneLast4, HttpServletRequest http) {
		limiter.lookup(code, http.getRemoteAddr());
		return intake.status(trackingCode, phoneLast4)
			.map(status -> ResponseEntity.ok(Status.of(status)))
			.orElseThrow(RequestException::notFound);
	}

	record Receipt(String trackingCode, LocalDate receivedOn, LocalDate deadline, boolean deadlineProvisional) {
	}

	record Status(String trackingCode, RequestState state, @Nullable LocalDate receivedOn, @Nullable LocalDate deadline,
			List<RequestStatus.Step> timeline) {

		static Status of(RequestStatus status) {
			return new Status(status.trackingCode(), status.state(), status.receivedOn(), status.deadline(),
					status.timeline());
		}

	}

}
