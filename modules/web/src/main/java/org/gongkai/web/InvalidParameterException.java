package org.gongkai.web;

import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;

/**
 * A request parameter that is missing or malformed: 400, naming the parameter in the
 * problem's {@code parameter} member and in the detail text.
 */
public class InvalidParameterException extends ProblemException {

	public InvalidParameterException(String parameter, String messageCode, @Nullable Object... arguments) {
		super(HttpStatus.BAD_REQUEST, messageCode, Map.of("parameter", parameter), prepend(parameter, arguments));
	}

	/** A parameter that was not given at all. */
	public static InvalidParameterException missing(String parameter) {
		return new InvalidParameterException(parameter, "web.problem.parameter-missing");
	}

	private static @Nullable Object[] prepend(String parameter, @Nullable Object[] arguments) {
		var all = new @Nullable Object[arguments.length + 1];
		all[0] = parameter;
		System.arraycopy(arguments, 0, all, 1, arguments.length);
		return all;
	}

}
