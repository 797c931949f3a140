package org.gongkai.tenancy.api;

import org.gongkai.web.ProblemException;

import org.springframework.http.HttpStatus;

/**
 * The town is not in a state that allows this change (resuming an archived town, say):
 * 409.
 */
public class TownStateException extends ProblemException {

	public TownStateException(String code, TownStatus status, String change) {
		super(HttpStatus.CONFLICT, "tenancy.problem.state." + change, code, status.name());
	}

}
