package org.gongkai.requests.api;

import java.time.Instant;
import java.util.UUID;

/**
 * A released answer put into the town's proactive-disclosure catalogue.
 *
 * @param itemId the catalogue item, which a reviewer still has to clear (保密审查) and
 * publish
 */
public record PublishedAnswer(String trackingCode, UUID itemId, String title, String publishedBy, Instant publishedAt) {
}
