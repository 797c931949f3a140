package org.gongkai.disclosure.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.gongkai.disclosure.api.CatalogueItem;
import org.jspecify.annotations.Nullable;

/**
 * Writes the catalogue as an Excel workbook that {@link CatalogueSheetReader} reads back:
 * one row per item under a header of the labels government sites use. Streams through
 * {@link SXSSFWorkbook}, so a whole county's catalogue does not have to fit in memory.
 */
final class CatalogueSheetWriter {

	/** Rows kept in memory; older ones are flushed to a temporary file. */
	private static final int WINDOW = 100;

	private static final String SHEET_NAME = "公开目录";

	private static final int MAX_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

	private static final CatalogueSheetColumn[] COLUMNS = CatalogueSheetColumn.values();

	void write(List<CatalogueItem> items, Function<UUID, String> categoryName, OutputStream out) {
		var workbook = new SXSSFWorkbook(WINDOW);
		workbook.setCompressTempFiles(true);
		try (workbook) {
			SXSSFSheet sheet = workbook.createSheet(SHEET_NAME);
			header(workbook, sheet);
			CellStyle dateStyle = workbook.createCellStyle();
			dateStyle.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
			int rowIndex = 1;
			for (CatalogueItem item : items) {
				Row row = sheet.createRow(rowIndex++);
				for (int i = 0; i < COLUMNS.length; i++) {
					Object value = value(COLUMNS[i], item, categoryName);
					if (value instanceof LocalDate date) {
						var cell = row.createCell(i);
						cell.setCellValue(date);
						cell.setCellStyle(dateStyle);
					}
					else if (value instanceof String text && !text.isEmpty()) {
						row.createCell(i).setCellValue(fitted(text));
					}
				}
			}
			workbook.write(out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			workbook.dispose();
		}
	}

	private static void header(SXSSFWorkbook workbook, SXSSFSheet sheet) {
		var font = workbook.createFont();
		font.setBold(true);
		CellStyle style = workbook.createCellStyle();
		style.setFont(font);
		style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
		style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		Row header = sheet.createRow(0);
		for (int i = 0; i < COLUMNS.length; i++) {
			var cell = header.createCell(i);
			cell.setCellValue(COLUMNS[i].label());
			cell.setCellStyle(style);
			sheet.setColumnWidth(i, COLUMNS[i].width * 256);
		}
		sheet.createFreezePane(0, 1);
		sheet.setAutoFilter(new CellRangeAddress(0, 0, 0, COLUMNS.length - 1));
	}

	private static @Nullable Object value(CatalogueSheetColumn column, CatalogueItem item,
			Function<UUID, String> categoryName) {
		return switch (column) {
			case INDEX_NUMBER -> item.indexNumber();
			case TITLE -> item.title();
			case PUBLISHER -> item.publisher();
			case DOCUMENT_NUMBER -> item.documentNumber();
			case FORMED_ON -> item.formedOn();
			case PUBLISHED_ON -> item.publishedOn();
			case CATEGORY -> categoryName.apply(item.categoryId());
			case CHANNELS -> item.channels()
				.stream()
				.sorted()
				.map(CatalogueSheetLabels::label)
				.collect(Collectors.joining(CatalogueSheetLabels.CHANNEL_SEPARATOR));
			case AUDIENCE -> item.audience();
			case VALIDITY -> CatalogueSheetLabels.label(item.validity());
			case KEYWORDS -> item.keywords();
			case SUMMARY -> item.summary();
			case BODY -> item.body();
			case STATE -> CatalogueSheetLabels.label(item.state());
			case PUBLICATION_DUE -> item.publicationDue();
			case LATE -> item.late() ? CatalogueSheetLabels.YES : CatalogueSheetLabels.NO;
		};
	}

	/**
	 * A cell holds at most 32,767 characters and POI refuses more; a long body is cut
	 * rather than the whole export failing.
	 */
	private static String fitted(String text) {
		if (text.length() <= MAX_TEXT) {
			return text;
		}
		int end = Character.isHighSurrogate(text.charAt(MAX_TEXT - 1)) ? MAX_TEXT - 1 : MAX_TEXT;
		return text.substring(0, end);
	}

}
