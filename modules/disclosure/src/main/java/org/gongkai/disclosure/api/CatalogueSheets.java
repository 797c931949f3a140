package org.gongkai.disclosure.api;

import java.io.InputStream;
import java.io.OutputStream;

/**
 * The current town's catalogue as spreadsheets: a legacy catalogue (公开目录) imported from
 * CSV or Excel, the staff list exported to Excel, and a blank template to fill in. The
 * import is checked row by row before anything is written.
 */
public interface CatalogueSheets {

	/**
	 * Imports the rows of a legacy catalogue as published items, with their own 索引号 where
	 * the sheet gives one (else the town's next), in one transaction: every item is
	 * audited and announced as {@link CatalogueEvent.Published}. Categories are found by
	 * name or code in the town's tree; a blank 公开方式 means the government website, a blank
	 * 有效性 现行有效.
	 * @param onlyValidRows import the rows without problems and skip the others;
	 * otherwise a single problem imports nothing
	 * @return every problem found, row by row, and how many items were imported
	 * @throws org.gongkai.web.ProblemException (400) when the file as a whole cannot be
	 * read: not CSV or XLSX, damaged, without a required column or too long
	 */
	ImportReport importSheet(String fileName, InputStream content, boolean onlyValidRows);

	/**
	 * Every item the filters select (paging ignored), newest change first, as an XLSX
	 * workbook that {@link #importSheet} reads back.
	 */
	void export(ItemQuery filters, OutputStream out);

	/**
	 * An empty workbook with the columns an import reads, required ones starred, and a
	 * second sheet explaining each.
	 */
	void template(OutputStream out);

}
