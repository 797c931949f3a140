package org.gongkai.requests.api;

/**
 * Where a request stands (domain reference §1.6): received (receipt date fixed), waiting
 * for a correction, paused for a consultation or a fee, extended, decided, delivered, or
 * closed without a decision.
 */
public enum RequestState {

	RECEIVED_UNCONFIRMED, RECEIVED, CORRECTION_REQUESTED, CONSULTATION, EXTENDED, FEE_NOTICE_SENT, DECIDED, DELIVERED,
	CLOSED;

	/** Still being handled: its deadline runs or is paused. */
	public boolean isOpen() {
		return this != DECIDED && this != DELIVERED && this != CLOSED;
	}

}
