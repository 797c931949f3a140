package org.gongkai.requests.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.gongkai.requests.api.DocumentFile;
import org.gongkai.requests.api.NewRequestDocument;
import org.gongkai.requests.api.RequestDocument;
import org.gongkai.requests.api.RequestFiles;
import org.gongkai.requests.api.RequestNote;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The staff's internal notes and documents on a request: read and written by its handlers
 * only (officers and reviewers), never by other town staff or the city office, because
 * notes and scans carry what the applicant disclosed about themselves.
 */
@RestController
@RequestMapping("/api/v1/towns/{code}/requests/{trackingCode}")
@PreAuthorize(RequestAccess.HANDLERS)
class RequestFileController {

	private final RequestFiles files;

	RequestFileController(RequestFiles files) {
		this.files = files;
	}

	@GetMapping("/notes")
	List<RequestNote> notes(@PathVariable String code, @PathVariable String trackingCode) {
		return files.notes(trackingCode);
	}

	@PostMapping("/notes")
	@ResponseStatus(HttpStatus.CREATED)
	RequestNote addNote(@PathVariable String code, @PathVariable String trackingCode, @RequestBody Note note) {
		return files.addNote(trackingCode, (note.text() != null) ? note.text() : "");
	}

	@GetMapping("/documents")
	List<RequestDocument> documents(@PathVariable String code, @PathVariable String trackingCode) {
		return files.documents(trackingCode);
	}

	@PostMapping(path = "/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	RequestDocument addDocument(@PathVariable String code, @PathVariable String trackingCode,
			@RequestParam(required = false) @Nullable MultipartFile file,
			@RequestParam(required = false) @Nullable String description) throws IOException {
		return files.addDocument(trackingCode, upload(file, description));
	}

	@GetMapping("/documents/{id}")
	ResponseEntity<byte[]> download(@PathVariable String code, @PathVariable String trackingCode,
			@PathVariable UUID id) {
		return download(files.download(trackingCode, id));
	}

	@DeleteMapping("/documents/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable String code, @PathVariable String trackingCode, @PathVariable UUID id) {
		files.deleteDocument(trackingCode, id);
	}

	static NewRequestDocument upload(@Nullable MultipartFile file, @Nullable String description) throws IOException {
		if (file == null) {
			return new NewRequestDocument(null, new byte[0], description);
		}
		return new NewRequestDocument(file.getOriginalFilename(), file.getBytes(), description);
	}

	/**
	 * The file under its own name: {@code filename*} (RFC 5987) carries the Chinese name;
	 * the type is the one recognised at upload, and browsers may not guess another.
	 */
	static ResponseEntity<byte[]> download(DocumentFile file) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(file.fileName(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(file.content());
	}

	record Note(@Nullable String text) {
	}

}
