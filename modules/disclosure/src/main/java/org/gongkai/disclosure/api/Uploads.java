package org.gongkai.disclosure.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.multipart.MultipartFile;

/** Files in and out of the web layer, Chinese names kept both ways. */
public final class Uploads {

	private Uploads() {
	}

	public static NewAttachment of(MultipartFile file) throws IOException {
		String name = file.getOriginalFilename();
		return new NewAttachment((name != null) ? name : "附件", file.getBytes());
	}

	/**
	 * The file under its own name: {@code filename*} (RFC 5987) carries the Chinese name,
	 * which every current browser uses.
	 */
	public static ResponseEntity<byte[]> download(AttachmentFile file) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.type().mediaType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(file.fileName(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(file.content());
	}

}
