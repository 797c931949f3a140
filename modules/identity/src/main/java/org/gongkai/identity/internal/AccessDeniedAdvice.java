package org.gongkai.identity.internal;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A refusal by {@code @PreAuthorize} surfaces inside the controller, where the general
 * problem handler would take it for a 500; answered here as the same 403 problem the
 * security chain gives.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class AccessDeniedAdvice {

	private final ProblemResponses problems;

	AccessDeniedAdvice(ProblemResponses problems) {
		this.problems = problems;
	}

	@ExceptionHandler(AccessDeniedException.class)
	void refused(AccessDeniedException ex, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		problems.handle(request, response, ex);
	}

}
