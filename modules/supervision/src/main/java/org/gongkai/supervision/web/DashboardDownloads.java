package org.gongkai.supervision.web;

import org.gongkai.web.Attachments;

import org.springframework.http.ResponseEntity;

/** A file to save, named in Chinese (RFC 6266 {@code filename*}). */
final class DashboardDownloads {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	static final String CSV = "text/csv;charset=UTF-8";

	private DashboardDownloads() {
	}

	static ResponseEntity<byte[]> file(byte[] content, String filename, String type) {
		return Attachments.of(content, filename, type);
	}

}
