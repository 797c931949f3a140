package org.gongkai.requests.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;

/** Column values of native queries, whichever Java type the driver hands back. */
final class Rows {

	private Rows() {
	}

	static @Nullable LocalDate date(@Nullable Object value) {
		return (value instanceof Date date) ? date.toLocalDate() : (LocalDate) value;
	}

	static Instant instant(Object value) {
		if (value instanceof Timestamp timestamp) {
			return timestamp.toInstant();
		}
		return (value instanceof OffsetDateTime offset) ? offset.toInstant() : (Instant) value;
	}

}
