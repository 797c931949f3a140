package org.gongkai.requests.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** Receipt dates and deadlines are Chinese dates, whatever zone the server runs in. */
final class ChinaTime {

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private ChinaTime() {
	}

	static LocalDate today(Clock clock) {
		return LocalDate.ofInstant(clock.instant(), ZONE);
	}

}
