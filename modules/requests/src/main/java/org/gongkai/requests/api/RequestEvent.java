package org.gongkai.requests.api;

import java.time.LocalDate;

/**
 * What a request's timeline tells the rest of the platform (the city's read model, later
 * the annual report): published in the transaction that writes the timeline entry, so a
 * listener that writes in that transaction commits or rolls back with the change.
 */
public sealed interface RequestEvent {

	String town();

	String trackingCode();

	/**
	 * Registered, online or off line, with its legal receipt date (收到申请之日).
	 */
	record Received(String town, String trackingCode, IntakeChannel channel,
			LocalDate receivedOn) implements RequestEvent {
	}

	/** The reviewer approved the decision; it takes effect on {@code decidedOn}. */
	record Decided(String town, String trackingCode, Outcome outcome, LocalDate decidedOn) implements RequestEvent {
	}

}
