package org.gongkai.calendar.api;

import org.gongkai.web.ProblemException;

import org.springframework.http.HttpStatus;

/** A schedule that cannot be right: 400 with the reason. */
public class InvalidScheduleException extends ProblemException {

	public InvalidScheduleException(String reasonCode, Object... arguments) {
		super(HttpStatus.BAD_REQUEST, "calendar.problem.schedule." + reasonCode, arguments);
	}

}
