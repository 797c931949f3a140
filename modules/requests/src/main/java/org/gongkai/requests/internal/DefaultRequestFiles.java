package org.gongkai.requests.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.gongkai.requests.api.DocumentFile;
import org.gongkai.requests.api.NewRequestDocument;
import org.gongkai.requests.api.RequestDocument;
import org.gongkai.requests.api.RequestException;
import org.gongkai.requests.api.RequestFiles;
import org.gongkai.requests.api.RequestNote;
import org.gongkai.requests.api.RequestRecordException;
import org.gongkai.requests.internal.RecordChecks.RequestRef;
import org.gongkai.tenancy.api.AuditTrail;
import org.gongkai.web.DocumentInspector;
import org.gongkai.web.DocumentType;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Notes and documents in tables {@code request_note} and {@code request_document}. The
 * audit entries name ids, file names, sizes and hashes, never a note's text, which may
 * hold what the applicant told the staff.
 */
@Service
@EnableConfigurationProperties(RequestFileSettings.class)
class DefaultRequestFiles implements RequestFiles {

	private static final String DOCUMENT = """
			select id, file_name, content_type, size_bytes, description, uploaded_by, uploaded_at
			from request_document""";

	private final EntityManager entityManager;

	private final AuditTrail audit;

	private final Clock clock;

	private final RequestFileSettings settings;

	DefaultRequestFiles(EntityManager entityManager, AuditTrail audit, Clock clock, RequestFileSettings settings) {
		this.entityManager = entityManager;
		this.audit = audit;
		this.clock = clock;
		this.settings = settings;
	}

	@Override
	@Transactional
	public RequestNote addNote(String trackingCode, String text) {
		RequestRef request = RecordChecks.request(entityManager, trackingCode, false);
		Map<String, List<Object>> bad = new LinkedHashMap<>();
		String checked = RecordChecks.text(text, 4000, true, true, bad, "note");
		if (checked == null) {
			throw RequestException.invalid(bad);
		}
		RequestNote note = new RequestNote(UUID.randomUUID(), audit.actor(), clock.instant(), checked);
		entityManager.createNativeQuery("""
				insert into request_note (id, request_id, author, written_at, text)
				values (:id, :request, :author, :at, :text)
				""")
			.setParameter("id", note.id())
			.setParameter("request", request.id())
			.setParameter("author", note.author())
			.setParameter("at", note.writtenAt())
			.setParameter("text", note.text())
			.executeUpdate();
		audit.record("request.note-added", trackingCode, "note " + note.id());
		return note;
	}

	@Override
	@Transactional(readOnly = true)
	public List<RequestNote> notes(String trackingCode) {
		RequestRef request = RecordChecks.request(entityManager, trackingCode, false);
		List<?> rows = entityManager.createNativeQuery("""
				select id, author, written_at, text from request_note where request_id = :request
				order by written_at, id
				""").setParameter("request", request.id()).getResultList();
		return rows.stream()
			.map(Object[].class::cast)
			.map(r -> new RequestNote((UUID) r[0], (String) r[1], Rows.instant(r[2]), (String) r[3]))
			.toList();
	}

	@Override
	@Transactional
	public RequestDocument addDocument(String trackingCode, NewRequestDocument document) {
		RequestRef request = RecordChecks.request(entityManager, trackingCode, false);
		Map<String, List<Object>> bad = new LinkedHashMap<>();
		String fileName = RecordChecks.text(baseName(document.fileName()), 200, true, false, bad, "fileName");
		byte[] content = document.content();
		long max = settings.documentMaxSize().toBytes();
		DocumentType type = null;
		if (content.length == 0) {
			bad.put("file", List.of("required"));
		}
		else if (content.length > max) {
			bad.put("file", List.of("file-too-large", megabytes(max), megabytes(content.length)));
		}
		else if (fileName != null) {
			Optional<DocumentType> claimed = DocumentInspector.claimed(fileName);
			if (claimed.isEmpty()) {
				bad.put("file", List.of("file-type"));
			}
			else if (!DocumentInspector.contentMatches(claimed.get(), content)) {
				bad.put("file", List.of("file-content", claimed.get().name()));
			}
			else {
				type = claimed.get();
			}
		}
		String description = RecordChecks.text(document.description(), 200, false, false, bad, "documentDescription");
		if (!bad.isEmpty() || type == null || fileName == null) {
			throw RequestException.invalid(bad);
		}
		String sha256 = sha256(content);
		var saved = new RequestDocument(UUID.randomUUID(), fileName, type.mediaType(), content.length, description,
				audit.actor(), clock.instant());
		entityManager.createNativeQuery("""
				insert into request_document (id, request_id, file_name, content_type, size_bytes, sha256, content,
				    description, uploaded_by, uploaded_at)
				values (:id, :request, :name, :type, :size, :sha256, :content, :description, :by, :at)
				""")
			.setParameter("id", saved.id())
			.setParameter("request", request.id())
			.setParameter("name", saved.fileName())
			.setParameter("type", saved.contentType())
			.setParameter("size", saved.size())
			.setParameter("sha256", sha256)
			.setParameter("content", content)
			.setParameter("description", description)
			.setParameter("by", saved.uploadedBy())
			.setParameter("at", saved.uploadedAt())
			.executeUpdate();
		audit.record("request.document-added", trackingCode,
				"document " + saved.id() + " " + fileName + " (" + content.length + " bytes, sha256 " + sha256 + ")");
		return saved;
	}

	@Override
	@Transactional(readOnly = true)
	public List<RequestDocument> documents(String trackingCode) {
		RequestRef request = RecordChecks.request(entityManager, trackingCode, false);
		List<?> rows = entityManager
			.createNativeQuery(DOCUMENT + " where request_id = :request order by uploaded_at, id")
			.setParameter("request", request.id())
			.getResultList();
		return rows.stream().map(Object[].class::cast).map(DefaultRequestFiles::document).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public DocumentFile download(String trackingCode, UUID documentId) {
		RequestRef request = RecordChecks.request(entityManager, trackingCode, false);
		List<?> rows = entityManager.createNativeQuery("""
				select file_name, content_type, content from request_document where id = :id and request_id = :request
				""").setParameter("id", documentId).setParameter("request", request.id()).getResultList();
		if (rows.isEmpty()) {
			throw RequestRecordException.documentNotFound(trackingCode);
		}
		Object[] r = (Object[]) rows.get(0);
		return new DocumentFile((String) r[0], (String) r[1], (byte[]) r[2]);
	}

	@Override
	@Transactional
	public void deleteDocument(String trackingCode, UUID documentId) {
		RequestRef request = RecordChecks.request(entityManager, trackingCode, false);
		List<?> rows = entityManager.createNativeQuery("""
				select file_name, size_bytes, sha256, uploaded_by from request_document
				where id = :id and request_id = :request for update
				""").setParameter("id", documentId).setParameter("request", request.id()).getResultList();
		if (rows.isEmpty()) {
			throw RequestRecordException.documentNotFound(trackingCode);
		}
		Object[] r = (Object[]) rows.get(0);
		entityManager.createNativeQuery("delete from request_document where id = :id")
			.setParameter("id", documentId)
			.executeUpdate();
		audit.record("request.document-deleted", trackingCode, "document " + documentId + " " + r[0] + " (" + r[1]
				+ " bytes, sha256 " + r[2] + ", uploaded by " + r[3] + ")");
	}

	/** The name without any folder a browser sent along. */
	private static String baseName(@Nullable String fileName) {
		if (fileName == null) {
			return "";
		}
		String name = fileName.replace('\\', '/');
		return name.substring(name.lastIndexOf('/') + 1);
	}

	private static String megabytes(long bytes) {
		return String.format(Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0));
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java platform has SHA-256", ex);
		}
	}

	private static RequestDocument document(Object[] r) {
		return new RequestDocument((UUID) r[0], (String) r[1], (String) r[2], ((Number) r[3]).longValue(),
				(String) r[4], (String) r[5], Rows.instant(r[6]));
	}

}
