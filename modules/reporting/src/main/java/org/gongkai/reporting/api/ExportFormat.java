package org.gongkai.reporting.api;

import java.util.Locale;

/**
 * The files an annual report is printed to: Word for the town to adjust and sign, PDF for
 * the record and the portal, Excel for the three tables alone.
 */
public enum ExportFormat {

	DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
	PDF("pdf", "application/pdf"), XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final String extension;

	private final String mediaType;

	ExportFormat(String extension, String mediaType) {
		this.extension = extension;
		this.mediaType = mediaType;
	}

	public String extension() {
		return this.extension;
	}

	public String mediaType() {
		return this.mediaType;
	}

	/**
	 * The format named by its extension ({@code docx}, {@code pdf}, {@code xlsx}, any
	 * case).
	 * @throws ReportException (400) for any other name
	 */
	public static ExportFormat of(String name) {
		for (ExportFormat format : values()) {
			if (format.extension.equals(name.strip().toLowerCase(Locale.ROOT))) {
				return format;
			}
		}
		throw ReportException.unknownFormat(name);
	}

}
