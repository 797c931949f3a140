package org.gongkai.requests.web;

import org.gongkai.web.Attachments;

import org.gongkai.requests.api.RequestDecisions;

import org.springframework.http.ResponseEntity;

/** Files handed to staff under their Chinese names (RFC 5987). */
final class Downloads {

	static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	static final String PDF = "application/pdf";

	private Downloads() {
	}

	/**
	 * The reply letter of a decided request, for the API and the staff pages alike.
	 * @param type {@link #DOCX} or {@link #PDF}
	 */
	static ResponseEntity<byte[]> replyLetter(RequestDecisions decisions, String trackingCode, String type) {
		boolean pdf = PDF.equals(type);
		byte[] content = pdf ? decisions.letterPdf(trackingCode) : decisions.letterDocx(trackingCode);
		return file(content, trackingCode + "-答复告知书." + (pdf ? "pdf" : "docx"), type);
	}

	static ResponseEntity<byte[]> file(byte[] content, String name, String type) {
		return Attachments.of(content, name, type);
	}

}
