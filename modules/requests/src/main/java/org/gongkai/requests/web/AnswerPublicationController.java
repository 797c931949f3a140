package org.gongkai.requests.web;

import java.util.UUID;

import org.gongkai.requests.api.AnswerPublication;
import org.gongkai.requests.api.PublishedAnswer;
import org.gongkai.requests.api.RequestActionException;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A released answer into the town's catalogue, submitted for the catalogue's 保密审查.
 */
@RestController
@RequestMapping("/api/v1/towns/{code}/requests/{trackingCode}/publication")
class AnswerPublicationController {

	private final AnswerPublication publication;

	AnswerPublicationController(AnswerPublication publication) {
		this.publication = publication;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize(RequestAccess.HANDLERS)
	PublishedAnswer publish(@PathVariable String code, @PathVariable String trackingCode, @RequestBody Publication body,
			Authentication staff) {
		return publication.publish(trackingCode, body.title(), body.categoryId(), staff.getName());
	}

	@GetMapping
	PublishedAnswer published(@PathVariable String code, @PathVariable String trackingCode) {
		return publication.find(trackingCode).orElseThrow(() -> RequestActionException.notPublished(trackingCode));
	}

	record Publication(@Nullable String title, @Nullable UUID categoryId) {
	}

}
