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

	/** A printed report: its file name, media type and bytes. */
	record ReportFile(String fileName, String mediaType, byte[] content) {
	}

}
