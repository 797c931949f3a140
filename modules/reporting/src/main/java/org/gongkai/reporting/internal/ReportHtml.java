package org.gongkai.reporting.internal;

import org.gongkai.reporting.api.AnnualReport;
import org.gongkai.reporting.api.Section;
import org.gongkai.reporting.api.ReportLayout;
import org.gongkai.reporting.api.ReportLayout.Cell;
import org.gongkai.reporting.api.ReportLayout.Grid;
import org.springframework.web.util.HtmlUtils;

/**
 * The report as an HTML fragment for web pages, from the same grids as the printed files,
 * so the merged header cells read as in the official layout (rowspan/colspan, header
 * cells scoped for screen readers). Every text is escaped: the fragment is ours, its
 * contents are the town's.
 */
final class ReportHtml {

	private ReportHtml() {
	}

	static String render(AnnualReport report, String title) {
		StringBuilder html = new StringBuilder(32_768);
		html.append("<article class=\"annual-report\">\n<h1>").append(escape(title)).append("</h1>\n");
		for (Section section : Section.values()) {
			html.append("<section id=\"section-")
				.append(section.ordinal() + 1)
				.append("\">\n<h2>")
				.append(escape(section.heading()))
				.append("</h2>\n");
			if (section.narrative()) {
				for (String paragraph : ReportPrinter.paragraphs(report, section)) {
					html.append("<p>").append(escape(paragraph)).append("</p>\n");
				}
			}
			else {
				table(html, ReportPrinter.table(report, section));
			}
			html.append("</section>\n");
		}
		return html.append("</article>\n").toString();
	}

	private static void table(StringBuilder html, Grid grid) {
		html.append("<div class=\"report-table\"><table>\n");
		for (int row = 0; row < grid.rows(); row++) {
			html.append("<tr>");
			for (Cell cell : grid.cells()) {
				if (cell.row() != row) {
					continue;
				}
				boolean header = cell.kind() != ReportLayout.Kind.FIGURE;
				boolean rowLabel = cell.kind() == ReportLayout.Kind.LABEL;
				html.append(header ? "<th" : "<td");
				if (cell.rowSpan() > 1) {
					html.append(" rowspan=\"").append(cell.rowSpan()).append('"');
				}
				if (cell.colSpan() > 1) {
					html.append(" colspan=\"").append(cell.colSpan()).append('"');
				}
				if (header) {
					String scope = rowLabel ? ((cell.rowSpan() > 1) ? "rowgroup" : "row")
							: ((cell.colSpan() > 1) ? "colgroup" : "col");
					html.append(" scope=\"").append(scope).append('"');
				}
				html.append('>').append(escape(cell.text())).append(header ? "</th>" : "</td>");
			}
			html.append("</tr>\n");
		}
		html.append("</table></div>\n");
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}

}
