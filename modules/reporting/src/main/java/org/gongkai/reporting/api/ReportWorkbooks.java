package org.gongkai.reporting.api;

/**
 * Earlier years' reports typed into a spreadsheet: a blank template per format, one
 * labelled row per figure or text of {@link ReportImport} (blank = not reported), and the
 * filled template read back and imported through {@link ReportHistory}.
 */
public interface ReportWorkbooks {

	/** The blank template of a format, as an XLSX file named after the format. */
	ReportExports.ReportFile template(ReportFormat format);

	/**
	 * Reads a filled template and imports it as the report of {@code year}; the format is
	 * the one the template was made for.
	 * @throws ReportException (400) for a file that is not XLSX or not a template, or
	 * naming the row and label of every value at fault; nothing is stored. Otherwise as
	 * {@link ReportHistory#importReport}
	 */
	AnnualReport importWorkbook(int year, byte[] content);

}
