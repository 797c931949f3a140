package org.gongkai.disclosure.internal;

import java.util.List;
import java.util.Map;

import org.gongkai.web.ProblemException;

import org.springframework.http.HttpStatus;

/**
 * A catalogue sheet that cannot be read at all (400): not CSV or XLSX, damaged, without
 * the required columns, or too long. Problems of single rows are not thrown but reported
 * with the row, so that one bad date does not hide the other 2,000 rows.
 */
public class CatalogueSheetException extends ProblemException {

	private CatalogueSheetException(String reason, Map<String, Object> properties, Object... arguments) {
		super(HttpStatus.BAD_REQUEST, "disclosure.sheet." + reason, properties, arguments);
	}

	static CatalogueSheetException unsupported(String fileName) {
		return new CatalogueSheetException("unsupported", Map.of("file", fileName), fileName);
	}

	/**
	 * @param cause kept as suppressed: a problem's cause cannot be set after
	 * construction, and the library's message helps whoever reads the log
	 */
	static CatalogueSheetException unreadable(String fileName, Exception cause) {
		var exception = new CatalogueSheetException("unreadable", Map.of("file", fileName), fileName);
		exception.addSuppressed(cause);
		return exception;
	}

	static CatalogueSheetException empty(String fileName) {
		return new CatalogueSheetException("empty", Map.of("file", fileName), fileName);
	}

	static CatalogueSheetException missingColumns(List<String> labels) {
		return new CatalogueSheetException("missing-columns", Map.of("columns", labels), String.join("、", labels));
	}

	static CatalogueSheetException tooManyRows(int limit) {
		return new CatalogueSheetException("too-many-rows", Map.of("limit", limit), limit);
	}

}
