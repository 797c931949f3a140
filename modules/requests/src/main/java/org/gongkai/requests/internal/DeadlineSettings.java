package org.gongkai.requests.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the reply deadline.
 *
 * @param feeNoticePausesClock whether the time from a fee notice (收费通知) to payment or
 * waiver is left out of the 20 working days; widely assumed but not confirmed in the
 * measures (domain reference §3.4), so it is a setting, on by default
 */
@ConfigurationProperties("gongkai.requests.deadline")
record DeadlineSettings(@DefaultValue("true") boolean feeNoticePausesClock) {

	static DeadlineSettings defaults() {
		return new DeadlineSettings(true);
	}

}
