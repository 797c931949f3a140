package org.gongkai.supervision.web;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * CSV lines as RFC 4180 writes them, with formulas defused for spreadsheets (as the
 * requests module's own export does; web packages are not shared between modules).
 */
final class Csv {

	private Csv() {
	}

	static String line(List<String> cells) {
		return line(cells.toArray(String[]::new));
	}

	static String line(String... cells) {
		return Arrays.stream(cells).map(Csv::cell).collect(Collectors.joining(",")) + "\r\n";
	}

	private static String cell(String value) {
		// a cell starting with = + - @ would run as a formula when the file is opened
		String safe = (!value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0) ? "'" + value : value;
		return "\"" + safe.replace("\"", "\"\"") + "\"";
	}

}
