package org.gongkai.supervision.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Days are counted in China time, whatever the server's zone. */
final class ChinaDay {

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private ChinaDay() {
	}

	static LocalDate today(Clock clock) {
		return LocalDate.now(clock.withZone(ZONE));
	}

	static LocalDate of(Instant instant) {
		return LocalDate.ofInstant(instant, ZONE);
	}

}
