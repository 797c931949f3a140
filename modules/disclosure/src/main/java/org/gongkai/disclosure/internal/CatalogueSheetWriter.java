package org.gongkai.disclosure.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

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

	private static final String HELP_SHEET_NAME = "填写说明";

	private static final String REQUIRED_MARK = "*";

	/** What the template's second sheet says about each column an import reads. */
	private static final Map<CatalogueSheetColumn, String> HINTS = new EnumMap<>(Map.ofEntries(
			Map.entry(CatalogueSheetColumn.INDEX_NUMBER, "原网站的索引号，照原样填写；留空则按本镇编号规则自动生成。与本镇已有信息或本表其他行相同的不能导入。"),
			Map.entry(CatalogueSheetColumn.TITLE, "信息的完整名称，不超过 200 字。"),
			Map.entry(CatalogueSheetColumn.PUBLISHER, "如：昌吉市滨湖镇人民政府，不超过 100 字。"),
			Map.entry(CatalogueSheetColumn.DOCUMENT_NUMBER, "如：滨政发〔2016〕12号；没有文号的留空。"),
			Map.entry(CatalogueSheetColumn.FORMED_ON, "可写作 2016-03-05、2016/3/5、2016年3月5日 或 20160305，也可以是 Excel 日期。"),
			Map.entry(CatalogueSheetColumn.PUBLISHED_ON, "原网站的发布日期，导入时必须填写，不得早于成文日期。格式同成文日期。"),
			Map.entry(CatalogueSheetColumn.CATEGORY, "本镇公开目录中的分类名称（如：社会救助）或分类编码（如：18）；已停用的分类不能使用。"),
			Map.entry(CatalogueSheetColumn.CHANNELS, "政府网站、政务新媒体、公开栏、公开资料、报刊广播电视、其他，多个用“、”分隔；留空按政府网站。"),
			Map.entry(CatalogueSheetColumn.AUDIENCE, "留空为“面向全社会”，不超过 20 字。"),
			Map.entry(CatalogueSheetColumn.VALIDITY, "现行有效、已失效 或 已废止；留空为现行有效。"),
			Map.entry(CatalogueSheetColumn.KEYWORDS, "多个关键词用空格分隔，不超过 200 字。"),
			Map.entry(CatalogueSheetColumn.SUMMARY, "不超过 1000 字。"),
			Map.entry(CatalogueSheetColumn.BODY, "正文，可为纯文本（每行成为一段）或 HTML；不能含有脚本。")));

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

	/**
	 * The columns an import reads, required ones starred (the reader ignores the star),
	 * and a second sheet that says what goes in each; the reader reads the first sheet
	 * only.
	 */
	void template(OutputStream out) {
		var workbook = new SXSSFWorkbook(WINDOW);
		try (workbook) {
			List<CatalogueSheetColumn> columns = Stream.of(COLUMNS).filter(CatalogueSheetColumn::imported).toList();
			SXSSFSheet sheet = workbook.createSheet(SHEET_NAME);
			CellStyle bold = headerStyle(workbook);
			Row header = sheet.createRow(0);
			for (int i = 0; i < columns.size(); i++) {
				CatalogueSheetColumn column = columns.get(i);
				var cell = header.createCell(i);
				cell.setCellValue(column.label() + (column.required ? REQUIRED_MARK : ""));
				cell.setCellStyle(bold);
				sheet.setColumnWidth(i, column.width * 256);
			}
			sheet.createFreezePane(0, 1);
			SXSSFSheet help = workbook.createSheet(HELP_SHEET_NAME);
			Row helpHeader = help.createRow(0);
			String[] titles = { "列名", "是否必填", "填写说明" };
			for (int i = 0; i < titles.length; i++) {
				var cell = helpHeader.createCell(i);
				cell.setCellValue(titles[i]);
				cell.setCellStyle(bold);
			}
			help.setColumnWidth(0, 14 * 256);
			help.setColumnWidth(1, 10 * 256);
			help.setColumnWidth(2, 90 * 256);
			int rowIndex = 1;
			for (CatalogueSheetColumn column : columns) {
				Row row = help.createRow(rowIndex++);
				row.createCell(0).setCellValue(column.label());
				row.createCell(1).setCellValue(column.required ? CatalogueSheetLabels.YES : CatalogueSheetLabels.NO);
				row.createCell(2).setCellValue(HINTS.get(column));
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

	private static CellStyle headerStyle(SXSSFWorkbook workbook) {
		var font = workbook.createFont();
		font.setBold(true);
		CellStyle style = workbook.createCellStyle();
		style.setFont(font);
		style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
		style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		return style;
	}

	private static void header(SXSSFWorkbook workbook, SXSSFSheet sheet) {
		CellStyle style = headerStyle(workbook);
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
