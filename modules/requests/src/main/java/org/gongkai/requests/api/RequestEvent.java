package org.gongkai.requests.api;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

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

	/**
	 * The reviewer approved the decision; it takes effect on {@code decidedOn}.
	 *
	 * @param onTime decided on or before the reply deadline as it stood (extensions and
	 * pauses included; a decision while the clock is stopped for correction is on time)
	 * @param workingDays working days from the receipt date (not counted) to
	 * {@code decidedOn} (counted), by the calendar as loaded at the decision
	 */
	record Decided(String town, String trackingCode, Outcome outcome, LocalDate decidedOn, boolean onTime,
			int workingDays) implements RequestEvent {
	}

	/**
	 * Closed without a decision: the applicant let the correction or payment period pass
	 * ({@link Outcome#OTHER_NO_CORRECTION}, {@link Outcome#OTHER_FEE_UNPAID}).
	 */
	record Lapsed(String town, String trackingCode, Outcome outcome, LocalDate lapsedOn) implements RequestEvent {
	}

	/** A 行政复议 or 行政诉讼 case about the request was opened. */
	record ReviewOpened(String town, String trackingCode, UUID caseId, ReviewKind kind,
			LocalDate filedOn) implements RequestEvent {
	}

	/**
	 * A case's outcome was recorded: closed with a result, or reopened
	 * ({@link ReviewOutcome#PENDING}), or one result replaced by another. The previous
	 * outcome and closing day let a reader undo what it counted before.
	 */
	record ReviewOutcomeRecorded(String town, String trackingCode, UUID caseId, ReviewOutcome previous,
			@Nullable LocalDate previousClosedOn, ReviewOutcome outcome,
			@Nullable LocalDate closedOn) implements RequestEvent {
	}

}
