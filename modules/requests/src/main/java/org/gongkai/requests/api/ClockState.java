package org.gongkai.requests.api;

/** Whether a request's reply deadline is being counted on a given day. */
public enum ClockState {

	/** Working days are being used. */
	RUNNING,

	/** 补正: stopped until the corrected request arrives, which starts a fresh clock. */
	STOPPED_FOR_CORRECTION,

	/** 征求意见: paused; the days until the answer are not counted. */
	PAUSED_FOR_CONSULTATION,

	/**
	 * 收费通知: paused until the fee is paid or waived, when the settings exclude that time.
	 */
	PAUSED_FOR_FEE

}
