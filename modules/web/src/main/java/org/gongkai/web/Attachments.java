package org.gongkai.web;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A file to download under its own name: Chinese names travel as RFC 5987
 * {@code filename*}, which every current browser reads.
 */
public final class Attachments {

	private Attachments() {
	}

	public static ResponseEntity<byte[]> of(byte[] content, String fileName, String mediaType) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(mediaType))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
			.body(content);
	}

}
