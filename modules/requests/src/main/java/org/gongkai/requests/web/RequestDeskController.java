package org.gongkai.requests.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.gongkai.requests.api.IntakeChannel;
import org.gongkai.requests.api.NewRequest;
import org.gongkai.requests.api.RequestDesk;
import org.gongkai.requests.api.RequestException;
import org.gongkai.requests.api.RequestPage;
import org.gongkai.requests.api.RequestQuery;
import org.gongkai.requests.api.RequestReceipt;
import org.gongkai.requests.api.RequestState;
import org.gongkai.requests.api.RequestSummary;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
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

	private static final String HANDLERS = "hasAnyRole('request-officer', 'town-reviewer')";

	private final RequestDesk desk;

	RequestDeskController(RequestDesk desk) {
		this.desk = desk;
	}

	@GetMapping
	RequestPage inbox(@PathVariable String code, @RequestParam @Nullable RequestState state,
			@RequestParam @Nullable LocalDate dueBy, @RequestParam @Nullable IntakeChannel channel,
			@RequestParam @Nullable String officer, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size, Authentication staff) {
		RequestPage found = desk.inbox(new RequestQuery(state, dueBy, channel, officer, page, size));
		return seesPersonalData(staff) ? found
				: new RequestPage(found.content().stream().map(RequestSummary::masked).toList(), found.page(),
						found.size(), found.total());
	}

	@PostMapping("/registered")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize(HANDLERS)
	RequestReceipt register(@PathVariable String code, @RequestBody Registration registration) {
		if (registration.channel() == null || registration.receivedOn() == null) {
			throw RequestException
				.invalid(Map.of((registration.channel() == null) ? "channel" : "receivedOn", List.of("required")));
		}
		return desk.register(registration.request(), registration.channel(), registration.receivedOn());
	}

	@PostMapping("/{trackingCode}/assign")
	@PreAuthorize(HANDLERS)
	RequestSummary assign(@PathVariable String code, @PathVariable String trackingCode,
			@RequestBody Assignment assignment) {
		return desk.assign(trackingCode, assignment.officer());
	}

	private static boolean seesPersonalData(Authentication staff) {
		return staff.getAuthorities()
			.stream()
			.anyMatch(authority -> authority.getAuthority().equals("ROLE_request-officer")
					|| authority.getAuthority().equals("ROLE_town-reviewer"));
	}

	/** An application received off line, with its channel and legal receipt date. */
	record Registration(NewRequest request, @Nullable IntakeChannel channel, @Nullable LocalDate receivedOn) {
	}

	record Assignment(String officer) {
	}

}
