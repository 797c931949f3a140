package org.gongkai.web;

import java.util.List;

/** The file types an item may carry, recognised by content, not only by extension. */
public enum DocumentType {

	PDF("application/pdf", "pdf"), OFD("application/ofd", "ofd"), DOC("application/msword", "doc"),
	DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
	XLS("application/vnd.ms-excel", "xls"),
	XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
	JPEG("image/jpeg", "jpg", "jpeg"), PNG("image/png", "png");

	private final String mediaType;

	private final List<String> extensions;

	DocumentType(String mediaType, String... extensions) {
		this.mediaType = mediaType;
		this.extensions = List.of(extensions);
	}

	public String mediaType() {
		return this.mediaType;
	}

	public List<String> extensions() {
		return this.extensions;
	}

}
