package org.gongkai.requests.api;

import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Puts a released answer (予以公开 or 部分公开) into the town's proactive-disclosure catalogue,
 * as art. 44 allows for information many applicants ask for. The item is created and
 * submitted for review: the catalogue's 保密审查 decides whether it goes out to everyone, so
 * this never publishes by itself.
 */
public interface AnswerPublication {

	/**
	 * Creates the catalogue item from the decision and submits it for review.
	 * @param title the item's title; blank takes the request's description
	 * @param categoryId one of the town's catalogue categories
	 * @throws RequestException 400 without a category or with a title over 200
	 * characters; 409 when the request was not released (decided 予以公开 or 部分公开) or is
	 * already published
	 */
	PublishedAnswer publish(String trackingCode, @Nullable String title, @Nullable UUID categoryId, String actor);

	Optional<PublishedAnswer> find(String trackingCode);

}
