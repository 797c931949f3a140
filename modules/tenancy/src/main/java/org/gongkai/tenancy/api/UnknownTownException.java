package org.gongkai.tenancy.api;

import org.gongkai.web.ProblemException;

import org.springframework.http.HttpStatus;

/** No town has that code: 404. */
public class UnknownTownException extends ProblemException {

	public UnknownTownException(String code) {
		super(HttpStatus.NOT_FOUND, "tenancy.problem.unknown-town", code);
	}

}
