package org.gongkai.tenancy.api;

import org.gongkai.web.ProblemException;

import org.springframework.http.HttpStatus;

/**
 * The town exists but cannot be served now: its schema is behind the application, its
 * last migration failed, or it is still being provisioned. 503 for this town alone.
 */
public class TownUnavailableException extends ProblemException {

	/**
	 * @param reason {@code behind}, {@code failed} or {@code provisioning}: picks the
	 * message
	 */
	public TownUnavailableException(String code, String townName, String reason) {
		super(HttpStatus.SERVICE_UNAVAILABLE, "tenancy.problem.unavailable." + reason, townName, code);
	}

}
