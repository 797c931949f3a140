package org.gongkai.requests.api;

import java.util.List;
import java.util.UUID;

/**
 * The staff's own file on a request: internal notes and attached documents. Neither is
 * ever shown to the applicant or put on the request's timeline. Documents are PDF, OFD,
 * DOC(X), XLS(X), JPG or PNG, recognised by their bytes (a renamed program is refused),
 * no larger than {@code gongkai.requests.document-max-size} (20MB by default). Every
 * change is audited; a deleted document leaves its name, size and hash in the audit
 * trail.
 */
public interface RequestFiles {

	RequestNote addNote(String trackingCode, String text);

	/** Oldest first. */
	List<RequestNote> notes(String trackingCode);

	RequestDocument addDocument(String trackingCode, NewRequestDocument document);

	/** Oldest first. */
	List<RequestDocument> documents(String trackingCode);

	/**
	 * @throws RequestRecordException (404) for a document not on that request
	 */
	DocumentFile download(String trackingCode, UUID documentId);

	/**
	 * @throws RequestRecordException (404) for a document not on that request
	 */
	void deleteDocument(String trackingCode, UUID documentId);

}
