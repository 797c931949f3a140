package org.gongkai.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A failure the user should read: answered as an RFC 9457 problem whose title and detail
 * come from the message bundles in the caller's language. Modules extend it for their own
 * failures, so no module needs an exception handler of its own.
 */
public abstract class ProblemException extends ErrorResponseException {

	private final String messageCode;

	/**
	 * @param status the HTTP status
	 * @param messageCode bundle key of the detail; {@code <key>.title} is the title
	 * @param arguments the detail's arguments
	 */
	protected ProblemException(HttpStatus status, String messageCode, @Nullable Object... arguments) {
		this(status, messageCode, Map.of(), arguments);
	}

	/**
	 * @param properties extra members of the problem, such as the parameter or field at
	 * fault
	 */
	protected ProblemException(HttpStatus status, String messageCode, Map<String, Object> properties,
			@Nullable Object... arguments) {
		super(status, problem(status, properties), null, messageCode, arguments);
		this.messageCode = messageCode;
	}

	private static ProblemDetail problem(HttpStatus status, Map<String, Object> properties) {
		ProblemDetail problem = ProblemDetail.forStatus(status);
		properties.forEach(problem::setProperty);
		return problem;
	}

	/**
	 * Per field, its message in the reader's language: the message
	 * {@code <module>.field.<code>} with the field's label
	 * ({@code <module>.label.<field>}) as first argument, then the given ones.
	 * @param module the prefix of the module's message keys ({@code disclosure})
	 * @param fieldErrors per field, the message code and its further arguments
	 */
	protected static Map<String, MessageSourceResolvable> fieldMessages(String module,
			Map<String, List<Object>> fieldErrors) {
		Map<String, MessageSourceResolvable> errors = new LinkedHashMap<>();
		fieldErrors.forEach((field, codeAndArguments) -> {
			List<Object> arguments = new ArrayList<>();
			arguments.add(new DefaultMessageSourceResolvable(new String[] { module + ".label." + field }, field));
			arguments.addAll(codeAndArguments.subList(1, codeAndArguments.size()));
			errors.put(field, new DefaultMessageSourceResolvable(
					new String[] { module + ".field." + codeAndArguments.get(0) }, arguments.toArray()));
		});
		return errors;
	}

	@Override
	public String getTitleMessageCode() {
		return messageCode + ".title";
	}

	@Override
	public String getMessage() {
		return messageCode + " " + java.util.Arrays.toString(getDetailMessageArguments());
	}

}
