package org.gongkai.requests.api;

import java.time.Instant;
import java.util.UUID;

/** An internal note of the staff on a request; never shown to the applicant. */
public record RequestNote(UUID id, String author, Instant writtenAt, String text) {
}
