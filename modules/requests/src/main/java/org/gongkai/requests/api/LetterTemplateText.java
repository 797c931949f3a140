package org.gongkai.requests.api;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One text of the reply letters and the town's own wording of it.
 *
 * @param key as in the shipped {@code letters/templates.properties}, such as
 * {@code title.WITHHELD} or {@code remedy}
 * @param defaultText the shipped wording
 * @param townText the town's wording; {@code null} when it uses the default
 * @param placeholders the {@code {name}}s this text may use
 */
public record LetterTemplateText(String key, String defaultText, @Nullable String townText, List<String> placeholders,
		@Nullable String updatedBy, @Nullable Instant updatedAt) {

	/** What letters print. */
	public String effectiveText() {
		return (this.townText != null) ? this.townText : this.defaultText;
	}

}
