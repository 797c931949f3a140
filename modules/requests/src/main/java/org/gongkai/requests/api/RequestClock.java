package org.gongkai.requests.api;

/**
 * The deadline of the current town's requests: steps that move it, why it is the date it
 * is, and re-dating when the holiday calendar changes. Every change is audited and shown
 * on the applicant's timeline.
 */
public interface RequestClock {

	/**
	 * Records the step and recomputes the deadline; a request that lapses with it (no
	 * correction, fee unpaid) is closed with its outcome.
	 * @throws InvalidClockEventException when the step is not possible now (a second
	 * correction, an extension over 20 working days…); nothing is stored
	 */
	RequestDeadline record(String trackingCode, ClockChange change, String actor);

	/** The deadline as of today, with the working days counted step by step. */
	RequestDeadline deadline(String trackingCode);

	/**
	 * Recomputes the deadline of every open request (after a calendar change).
	 * @return how many moved
	 */
	int redateOpenRequests();

}
