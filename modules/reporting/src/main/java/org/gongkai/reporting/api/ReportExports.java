package org.gongkai.reporting.api;

/**
 * The current town's annual report printed in the official layout of the 2021 format.
 */
public interface ReportExports {

	/**
	 * The report for {@code year} as it stands, as a file named after the town and year
	 * (滨湖镇-2025年政府信息公开工作年度报告.docx).
	 * @throws ReportException (404) for a year without a report, (503) for a PDF when the
	 * server has no Chinese font
	 */
	ReportFile export(int year, ExportFormat format);

	/**
	 * The published version of the year's report (the portal's download), as a file named
	 * like {@link #export}.
	 * @throws ReportException (404) when no version is published
	 */
	ReportFile exportPublished(int year, ExportFormat format);

	/**
	 * The published version as an HTML fragment ({@code <article>}, texts escaped) in the
	 * official order and layout, for the portal's page.
	 * @throws ReportException (404) when no version is published
	 */
	String publishedHtml(int year);

	/** The report as it stands, as an HTML fragment like {@link #publishedHtml}. */
	String html(int year);

	/** A printed report: its file name, media type and bytes. */
	record ReportFile(String fileName, String mediaType, byte[] content) {
	}

}
