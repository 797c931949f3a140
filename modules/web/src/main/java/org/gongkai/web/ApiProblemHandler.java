package org.gongkai.web;

import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Answers every failure of the JSON API as an RFC 9457 problem in the caller's language:
 * Spring's own exceptions through {@code problemDetail.*} keys, {@link ProblemException}s
 * through their keys, and anything unexpected as a 500 that says no more than it should.
 */
@RestControllerAdvice
class ApiProblemHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiProblemHandler.class);

	private final MessageSource messages;

	ApiProblemHandler(MessageSource messages) {
		this.messages = messages;
		setMessageSource(messages);
	}

	@ExceptionHandler
	ResponseEntity<?> unexpected(Exception ex, WebRequest request, Locale locale) throws Exception {
		// a user-facing failure wrapped by a framework on its way up (say, a town found
		// unavailable while a transaction opened) keeps its own status and message
		for (Throwable cause = ex.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
			if (cause instanceof ErrorResponseException answer) {
				return handleException(answer, request);
			}
		}
		log.error("Unexpected failure", ex);
		ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.INTERNAL_SERVER_ERROR);
		problem.setTitle(messages.getMessage("web.problem.unexpected.title", null, locale));
		problem.setDetail(messages.getMessage("web.problem.unexpected", null, locale));
		return ResponseEntity.internalServerError().body(problem);
	}

}
