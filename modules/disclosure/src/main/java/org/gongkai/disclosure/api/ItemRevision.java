package org.gongkai.disclosure.api;

import java.time.Instant;

/**
 * An earlier text of a published item.
 *
 * @param replacedBy who published the edit that replaced it
 * @param note why it was changed
 */
public record ItemRevision(int revision, String title, String summary, String body, String replacedBy,
		Instant replacedAt, String note) {
}
