package org.gongkai.requests.api;

import java.util.List;
import java.util.Map;

import org.gongkai.web.ProblemException;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.HttpStatus;

/** A request that cannot be taken: invalid fields (400), too many attempts (429). */
public class RequestException extends ProblemException {

	private final Map<String, MessageSourceResolvable> fieldErrors;

	private RequestException(HttpStatus status, String reason, Map<String, Object> properties,
			Map<String, MessageSourceResolvable> fieldErrors, Object... arguments) {
		super(status, "requests.problem." + reason, properties, arguments);
		this.fieldErrors = fieldErrors;
	}

	/**
	 * @param fieldErrors per field, the message code under {@code requests.field.} and
	 * its arguments
	 */
	public static RequestException invalid(Map<String, List<Object>> fieldErrors) {
		Map<String, MessageSourceResolvable> errors = fieldMessages("requests", fieldErrors);
		return new RequestException(HttpStatus.BAD_REQUEST, "invalid",
				Map.of("fields", List.copyOf(errors.keySet()), "errors", errors), errors,
				errors.values().iterator().next(), errors.size());
	}

	/**
	 * No request with that tracking code and phone number: the same for either mistake.
	 */
	public static RequestException notFound() {
		return new RequestException(HttpStatus.NOT_FOUND, "not-found", Map.of(), Map.of());
	}

	/** The request is decided or closed: its deadline no longer moves. */
	public static RequestException closed(String trackingCode) {
		return new RequestException(HttpStatus.CONFLICT, "closed", Map.of(), Map.of(), trackingCode);
	}

	/** A consultation or a fee notice is still open: the reply waits for it. */
	public static RequestException paused(String trackingCode) {
		return new RequestException(HttpStatus.CONFLICT, "paused", Map.of(), Map.of(), trackingCode);
	}

	public static RequestException noDecisionWaiting(String trackingCode) {
		return new RequestException(HttpStatus.CONFLICT, "no-decision-waiting", Map.of(), Map.of(), trackingCode);
	}

	public static RequestException notDecided(String trackingCode) {
		return new RequestException(HttpStatus.CONFLICT, "not-decided", Map.of(), Map.of(), trackingCode);
	}

	public static RequestException tooManyAttempts() {
		return new RequestException(HttpStatus.TOO_MANY_REQUESTS, "too-many-attempts", Map.of(), Map.of());
	}

	/** Field name → message, for forms that show each next to its field. */
	public Map<String, MessageSourceResolvable> fieldErrors() {
		return this.fieldErrors;
	}

}
