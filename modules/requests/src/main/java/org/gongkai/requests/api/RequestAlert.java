package org.gongkai.requests.api;

import java.time.LocalDate;

/**
 * A request's deadline is near (three working days or fewer) or has passed without a
 * decision: announced once per deadline, for the town's inbox and the city's alerts.
 *
 * @param raisedOn the day (China time) the alert was raised, as its audit entry
 */
public record RequestAlert(String town, String trackingCode, Kind kind, LocalDate dueOn, LocalDate raisedOn) {

	public enum Kind {

		DUE_SOON, OVERDUE

	}

}
