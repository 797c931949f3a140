package org.gongkai.reporting.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFRun.FontCharRange;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.gongkai.reporting.api.AnnualReport;
import org.gongkai.reporting.api.Section;
import org.gongkai.reporting.api.ReportLayout;
import org.gongkai.reporting.api.ReportLayout.Cell;
import org.gongkai.reporting.api.ReportLayout.Grid;
import org.gongkai.reporting.api.ReportLayout.Kind;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVerticalJc;

/**
 * Prints an annual report in the layout of the 2021 format: the six sections in order,
 * the narrative sections as paragraphs, tables 二, 三 and 四 with their merged header cells
 * ({@link ReportLayout}). A figure not reported is a blank cell. A section the town has
 * not written yet is printed from its generated draft, so a draft can be read on paper.
 */
final class ReportPrinter {

	// Sizes in points: 二号 22 pt for the title, 三号 16 pt for the text, 五号 10.5 pt in
	// tables
	private static final float TITLE_SIZE = 22f;

	private static final float HEADING_SIZE = 16f;

	private static final float BODY_SIZE = 16f;

	private static final float TABLE_SIZE = 10.5f;

	private static final float PDF_BODY_SIZE = 12f;

	private static final float PDF_TABLE_SIZE = 8f;

	private static final float MM = 72f / 25.4f;

	// DOCX measures in twentieths of a point
	private static final int TWIPS_PER_POINT = 20;

	private static final float LEFT_MARGIN = 28 * MM;

	private static final float RIGHT_MARGIN = 26 * MM;

	private static final String TITLE_FONT = "宋体";

	private static final String HEADING_FONT = "黑体";

	private static final String BODY_FONT = "仿宋";

	private static final String TABLE_FONT = "宋体";

	private static final String LATIN_FONT = "Times New Roman";

	private final ReportFonts fonts;

	ReportPrinter(ReportFonts fonts) {
		this.fonts = fonts;
	}

	static Grid table(AnnualReport report, Section section) {
		return switch (section) {
			case PROACTIVE -> ReportLayout.table2(report.table2());
			case REQUESTS -> ReportLayout.table3(report.table3());
			case REVIEWS -> ReportLayout.table4(report.table4());
			default -> throw new IllegalArgumentException(section + " is not a table");
		};
	}

	/** The section's paragraphs: the town's text, or the draft while it has none. */
	static List<String> paragraphs(AnnualReport report, Section section) {
		String text = report.texts().get(section);
		if (text == null) {
			text = report.drafts().getOrDefault(section, "");
		}
		return text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
	}

	byte[] docx(AnnualReport report, String title) {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			pageSetup(document);
			run(paragraph(document, ParagraphAlignment.CENTER), title, TITLE_FONT, TITLE_SIZE, true);
			for (Section section : Section.values()) {
				XWPFParagraph heading = paragraph(document, ParagraphAlignment.LEFT);
				heading.setIndentationFirstLine(twips(2 * HEADING_SIZE));
				run(heading, section.heading(), HEADING_FONT, HEADING_SIZE, false);
				if (section.narrative()) {
					for (String text : paragraphs(report, section)) {
						XWPFParagraph paragraph = paragraph(document, ParagraphAlignment.BOTH);
						paragraph.setIndentationFirstLine(twips(2 * BODY_SIZE));
						run(paragraph, text, BODY_FONT, BODY_SIZE, false);
					}
				}
				else {
					table(document, table(report, section));
				}
			}
			document.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A Word table drawn from the grid: a cell spanning columns is one {@code w:tc} with
	 * {@code gridSpan}; one spanning rows starts a {@code vMerge} that the rows below
	 * continue with an empty cell of the same span.
	 */
	private static void table(XWPFDocument document, Grid grid) {
		XWPFTable table = document.createTable();
		table.removeRow(0);
		CTTbl ct = table.getCTTbl();
		CTTblPr properties = (ct.getTblPr() != null) ? ct.getTblPr() : ct.addNewTblPr();
		// fixed layout: Word and WPS keep the widths instead of fitting the text
		CTTblLayoutType layout = properties.isSetTblLayout() ? properties.getTblLayout() : properties.addNewTblLayout();
		layout.setType(STTblLayoutType.FIXED);
		int[] widths = widths(grid, (int) ((PageSize.A4.getWidth() - LEFT_MARGIN - RIGHT_MARGIN) * TWIPS_PER_POINT));
		int total = 0;
		CTTblGrid columns = (ct.getTblGrid() != null) ? ct.getTblGrid() : ct.addNewTblGrid();
		while (columns.sizeOfGridColArray() > 0) {
			columns.removeGridCol(0);
		}
		for (int width : widths) {
			columns.addNewGridCol().setW(BigInteger.valueOf(width));
			total += width;
		}
		properties.getTblW().setType(STTblWidth.DXA);
		properties.getTblW().setW(BigInteger.valueOf(total));
		for (int r = 0; r < grid.rows(); r++) {
			XWPFTableRow row = table.insertNewTableRow(r);
			int c = 0;
			while (c < grid.columns()) {
				Cell cell = grid.at(r, c);
				XWPFTableCell tc = row.addNewTableCell();
				CTTcPr tcPr = tc.getCTTc().isSetTcPr() ? tc.getCTTc().getTcPr() : tc.getCTTc().addNewTcPr();
				int width = 0;
				for (int i = cell.column(); i < cell.column() + cell.colSpan(); i++) {
					width += widths[i];
				}
				tcPr.addNewTcW().setW(BigInteger.valueOf(width));
				tcPr.getTcW().setType(STTblWidth.DXA);
				if (cell.colSpan() > 1) {
					tcPr.addNewGridSpan().setVal(BigInteger.valueOf(cell.colSpan()));
				}
				if (cell.rowSpan() > 1) {
					tcPr.addNewVMerge().setVal((cell.row() == r) ? STMerge.RESTART : STMerge.CONTINUE);
				}
				tcPr.addNewVAlign().setVal(STVerticalJc.CENTER);
				XWPFParagraph paragraph = tc.getParagraphs().get(0);
				paragraph
					.setAlignment((cell.kind() == Kind.LABEL) ? ParagraphAlignment.LEFT : ParagraphAlignment.CENTER);
				if (cell.row() == r && !cell.text().isEmpty()) {
					run(paragraph, cell.text(), TABLE_FONT, TABLE_SIZE, false);
				}
				c += cell.colSpan();
			}
		}
		// a paragraph between tables and the next heading, or Word joins them
		document.createParagraph();
	}

	/** The three tables, one sheet each named by its section, with the same merges. */
	byte[] xlsx(AnnualReport report) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			XSSFFont font = workbook.createFont();
			font.setFontName(TABLE_FONT);
			font.setFontHeightInPoints((short) 11);
			XSSFFont bold = workbook.createFont();
			bold.setFontName(TABLE_FONT);
			bold.setFontHeightInPoints((short) 11);
			bold.setBold(true);
			XSSFCellStyle header = style(workbook, bold, HorizontalAlignment.CENTER);
			XSSFCellStyle label = style(workbook, font, HorizontalAlignment.LEFT);
			XSSFCellStyle figure = style(workbook, font, HorizontalAlignment.CENTER);
			XSSFCellStyle decimal = style(workbook, font, HorizontalAlignment.CENTER);
			decimal.setDataFormat(workbook.createDataFormat().getFormat("0.0000"));
			for (Section section : Section.values()) {
				if (section.narrative()) {
					continue;
				}
				Grid grid = table(report, section);
				XSSFSheet sheet = workbook.createSheet(section.heading());
				int[] widths = widths(grid, 120);
				for (int c = 0; c < widths.length; c++) {
					sheet.setColumnWidth(c, Math.max(6, widths[c]) * 256);
				}
				for (int r = 0; r < grid.rows(); r++) {
					sheet.createRow(r);
				}
				for (Cell cell : grid.cells()) {
					CellStyle style = switch (cell.kind()) {
						case HEADER -> header;
						case LABEL -> label;
						case FIGURE -> (cell.value() instanceof BigDecimal) ? decimal : figure;
					};
					// every position of a merged region gets the style, or its borders
					// break
					for (int r = cell.row(); r < cell.row() + cell.rowSpan(); r++) {
						XSSFRow row = sheet.getRow(r);
						for (int c = cell.column(); c < cell.column() + cell.colSpan(); c++) {
							row.createCell(c).setCellStyle(style);
						}
					}
					XSSFCell target = sheet.getRow(cell.row()).getCell(cell.column());
					Number value = cell.value();
					if (value != null) {
						target.setCellValue(value.doubleValue());
					}
					else if (cell.kind() != Kind.FIGURE) {
						target.setCellValue(cell.text());
					}
					if (cell.merged()) {
						sheet.addMergedRegion(new CellRangeAddress(cell.row(), cell.row() + cell.rowSpan() - 1,
								cell.column(), cell.column() + cell.colSpan() - 1));
					}
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The report as PDF with the Chinese font embedded.
	 * @throws org.gongkai.reporting.api.ReportException (503) when no font loads
	 */
	byte[] pdf(AnnualReport report, String title) {
		BaseFont base = this.fonts.font();
		Font titleFont = new Font(base, 18f, Font.BOLD);
		Font headingFont = new Font(base, 14f, Font.BOLD);
		Font bodyFont = new Font(base, PDF_BODY_SIZE);
		Font tableFont = new Font(base, PDF_TABLE_SIZE);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4, LEFT_MARGIN, RIGHT_MARGIN, 30 * MM, 30 * MM);
		try {
			PdfWriter.getInstance(document, out);
			document.addTitle(title);
			document.addCreator("Gongkai");
			document.open();
			Paragraph heading = new Paragraph(title, titleFont);
			heading.setAlignment(Element.ALIGN_CENTER);
			heading.setSpacingAfter(12f);
			document.add(heading);
			for (Section section : Section.values()) {
				if (section.narrative()) {
					Paragraph sectionHeading = new Paragraph(section.heading(), headingFont);
					sectionHeading.setSpacingBefore(8f);
					sectionHeading.setSpacingAfter(6f);
					document.add(sectionHeading);
					for (String text : paragraphs(report, section)) {
						Paragraph paragraph = new Paragraph(1.6f * PDF_BODY_SIZE, text, bodyFont);
						paragraph.setFirstLineIndent(2 * PDF_BODY_SIZE);
						paragraph.setAlignment(Element.ALIGN_JUSTIFIED);
						document.add(paragraph);
					}
				}
				else {
					document.add(pdfTable(section.heading(), headingFont, table(report, section), tableFont));
				}
			}
		}
		catch (DocumentException ex) {
			throw new IllegalStateException("Cannot lay out the annual report " + title, ex);
		}
		finally {
			document.close();
		}
		return out.toByteArray();
	}

	/**
	 * Cells added in reading order; the table fills the positions a row span covers. The
	 * section's heading is the table's first, borderless row, so that it moves to the
	 * next page with the table instead of staying alone at the foot of a page.
	 */
	private static PdfPTable pdfTable(String heading, Font headingFont, Grid grid, Font font) {
		PdfPTable table = new PdfPTable(grid.columns());
		table.setWidthPercentage(100);
		float[] widths = new float[grid.columns()];
		for (int i = 0; i < widths.length; i++) {
			widths[i] = grid.widths().get(i);
		}
		table.setWidths(widths);
		// a 22-row merged label must not be cut by a page break
		table.setKeepTogether(true);
		PdfPCell headingCell = new PdfPCell(new Phrase(heading, headingFont));
		headingCell.setColspan(grid.columns());
		headingCell.setBorder(Rectangle.NO_BORDER);
		headingCell.setPaddingLeft(0f);
		headingCell.setPaddingTop(8f);
		headingCell.setPaddingBottom(8f);
		table.addCell(headingCell);
		for (Cell cell : grid.cells()) {
			PdfPCell pdfCell = new PdfPCell(new Phrase(cell.text(), font));
			pdfCell.setColspan(cell.colSpan());
			pdfCell.setRowspan(cell.rowSpan());
			pdfCell.setHorizontalAlignment((cell.kind() == Kind.LABEL) ? Element.ALIGN_LEFT : Element.ALIGN_CENTER);
			pdfCell.setVerticalAlignment(Element.ALIGN_MIDDLE);
			pdfCell.setPaddingTop(2f);
			pdfCell.setPaddingBottom(4f);
			table.addCell(pdfCell);
		}
		table.setSpacingAfter(6f);
		return table;
	}

	private static XSSFCellStyle style(XSSFWorkbook workbook, XSSFFont font, HorizontalAlignment alignment) {
		XSSFCellStyle style = workbook.createCellStyle();
		style.setFont(font);
		style.setAlignment(alignment);
		style.setVerticalAlignment(VerticalAlignment.CENTER);
		style.setWrapText(true);
		style.setBorderTop(BorderStyle.THIN);
		style.setBorderBottom(BorderStyle.THIN);
		style.setBorderLeft(BorderStyle.THIN);
		style.setBorderRight(BorderStyle.THIN);
		return style;
	}

	/** The grid's relative widths shared out over {@code total} units. */
	private static int[] widths(Grid grid, int total) {
		int sum = grid.widths().stream().mapToInt(Integer::intValue).sum();
		int[] widths = new int[grid.columns()];
		for (int i = 0; i < widths.length; i++) {
			widths[i] = total * grid.widths().get(i) / sum;
		}
		return widths;
	}

	private static void pageSetup(XWPFDocument document) {
		var section = document.getDocument().getBody().addNewSectPr();
		var size = section.addNewPgSz();
		size.setW(BigInteger.valueOf(Math.round(PageSize.A4.getWidth() * TWIPS_PER_POINT)));
		size.setH(BigInteger.valueOf(Math.round(PageSize.A4.getHeight() * TWIPS_PER_POINT)));
		var margins = section.addNewPgMar();
		margins.setTop(BigInteger.valueOf(twips(30 * MM)));
		margins.setBottom(BigInteger.valueOf(twips(30 * MM)));
		margins.setLeft(BigInteger.valueOf(twips(LEFT_MARGIN)));
		margins.setRight(BigInteger.valueOf(twips(RIGHT_MARGIN)));
	}

	private static int twips(float points) {
		return Math.round(points * TWIPS_PER_POINT);
	}

	private static XWPFParagraph paragraph(XWPFDocument document, ParagraphAlignment alignment) {
		XWPFParagraph paragraph = document.createParagraph();
		paragraph.setAlignment(alignment);
		return paragraph;
	}

	private static void run(XWPFParagraph paragraph, String text, String font, float size, boolean bold) {
		XWPFRun run = paragraph.createRun();
		run.setText(text);
		// Word picks the font by character range: without the East Asian name it would
		// show Chinese in its default, and the Latin name covers the figures
		run.setFontFamily(font, FontCharRange.eastAsia);
		run.setFontFamily(LATIN_FONT, FontCharRange.ascii);
		run.setFontFamily(LATIN_FONT, FontCharRange.hAnsi);
		run.setFontSize(size);
		run.setBold(bold);
	}

}
