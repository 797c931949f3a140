package org.gongkai.requests.api;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The current town's requests as the annual report counts them (table 三): read only. The
 * requests module says when a request was received and when and how it closed; the report
 * applies the counting rules (ADR 0006).
 */
public interface RequestStatistics {

	/**
	 * Every request that table 三 of {@code year} counts in some row: received (receipt
	 * date confirmed) on or before 31 December of the year and not closed before 1
	 * January of it. A request without a confirmed receipt date is not counted anywhere
	 * yet.
	 */
	List<Fact> facts(int year);

	/**
	 * One request as the report sees it.
	 *
	 * @param receivedOn 收到申请之日 (art. 31)
	 * @param closedOn the closing date: the day the decision took effect (the reviewer's
	 * approval, {@code decided_on}), not its delivery; for a request deemed abandoned (补正
	 * or fee not in time) the first day after the period the applicant let pass;
	 * {@code null} while still open today
	 * @param outcome the result row it closed in; {@code null} exactly when
	 * {@code closedOn} is
	 */
	record Fact(String trackingCode, ApplicantType applicantType, LocalDate receivedOn, @Nullable LocalDate closedOn,
			@Nullable Outcome outcome) {

		public Fact {
			if ((closedOn == null) != (outcome == null)) {
				throw new IllegalArgumentException(
						"A closed request has an outcome, an open one none: " + trackingCode);
			}
		}

		/** Closed on or before {@code day}. */
		public boolean closedBy(LocalDate day) {
			return closedOn != null && !closedOn.isAfter(day);
		}

	}

}
