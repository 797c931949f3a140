package org.gongkai.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
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

	/**
	 * Members of a problem that are messages themselves (a field's error, say) are given
	 * in the caller's language like its title and detail.
	 */
	@Override
	protected ResponseEntity<Object> createResponseEntity(@Nullable Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		if (body instanceof ProblemDetail problem && problem.getProperties() != null) {
			Locale locale = LocaleContextHolder.getLocale();
			problem.getProperties().replaceAll((name, value) -> localized(value, locale));
		}
		return super.createResponseEntity(body, headers, statusCode, request);
	}

	/**
	 * An upload above the multipart limit, as the container reports it when anything
	 * reads the parameters of the request (the language switch does, before the
	 * controller): "… exceeds its maximum permitted size …". Recognised as Spring's
	 * multipart support recognises it.
	 */
	private static boolean uploadTooLarge(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = (cause.getCause() != cause) ? cause.getCause() : null) {
			String message = (cause.getMessage() != null) ? cause.getMessage().toLowerCase(Locale.ROOT) : "";
			if (cause.getClass().getName().startsWith("org.apache.tomcat.") && message.contains("exceed")
					&& (message.contains("size") || message.contains("length"))) {
				return true;
			}
		}
		return false;
	}

	private Object localized(Object value, Locale locale) {
		if (value instanceof MessageSourceResolvable message) {
			return messages.getMessage(message, locale);
		}
		if (value instanceof Map<?, ?> map) {
			Map<Object, Object> resolved = new LinkedHashMap<>();
			map.forEach((key, entry) -> resolved.put(key, localized(entry, locale)));
			return resolved;
		}
		return value;
	}

	@ExceptionHandler
	ResponseEntity<?> unexpected(Exception ex, WebRequest request, Locale locale) throws Exception {
		if (uploadTooLarge(ex)) {
			return handleException(new MaxUploadSizeExceededException(-1, ex), request);
		}
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
