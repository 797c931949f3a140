package org.gongkai.tenancy.api;

import java.util.Map;

import org.gongkai.web.ProblemException;

import org.springframework.http.HttpStatus;

/** The code, division code or credit code already belongs to another town: 409. */
public class TownConflictException extends ProblemException {

	public TownConflictException(String field, String value, String otherTown) {
		super(HttpStatus.CONFLICT, "tenancy.problem.taken." + field, Map.of("field", field), value, otherTown);
	}

}
