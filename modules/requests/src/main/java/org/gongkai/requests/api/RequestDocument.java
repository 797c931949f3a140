package org.gongkai.requests.api;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A file attached to a request (a scan of the letter, a proof of delivery, a court's
 * notice…), without its bytes.
 *
 * @param contentType the type recognised from the bytes
 * @param size in bytes
 */
public record RequestDocument(UUID id, String fileName, String contentType, long size, @Nullable String description,
		String uploadedBy, Instant uploadedAt) {
}
