package org.gongkai.requests.api;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A step that moves a request's deadline, as staff record it.
 *
 * @param on the day it happened (the notice sent, the corrected application received, the
 * consultation started or ended, the extension approved)
 * @param correctBy for a correction notice: the day the correction is due
 * @param party for a consultation: whom the town consults
 * @param workingDays for an extension: 1 to 20
 * @param reason for an extension: why (told to the applicant)
 */
public record ClockChange(Kind kind, LocalDate on, @Nullable LocalDate correctBy, @Nullable String party,
		@Nullable Integer workingDays, @Nullable String reason) {

	public enum Kind {

		CORRECTION_REQUESTED, CORRECTED, CONSULTATION_STARTED, CONSULTATION_ENDED, EXTENDED, FEE_NOTICE_SENT, FEE_PAID,
		FEE_WAIVED;

		/**
		 * Whether staff record this step on its own. Consultations and fee notices are
		 * recorded by {@link RequestConsultations} and {@link RequestFees}, which keep
		 * the letter, the party or the amount with the clock event.
		 */
		public boolean recordedAlone() {
			return this == CORRECTION_REQUESTED || this == CORRECTED || this == EXTENDED;
		}

	}

}
