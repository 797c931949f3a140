package org.gongkai.supervision.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.supervision.api.Indicator;
import org.gongkai.supervision.api.TownFigures;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The table of towns with every indicator, and the indicators' definitions, as files that
 * leave the system: an XLSX workbook (counts as numbers, rates as percentages, the
 * definitions on a sheet of their own) and a CSV (UTF-8 with a byte-order mark, which
 * Excel and WPS need to read Chinese; formulas defused). Both say which period they
 * count; the last row is the sum of the rows above (the city, or the town alone).
 */
@Component
class DashboardExports {

	private final MessageSource messages;

	DashboardExports(MessageSource messages) {
		this.messages = messages;
	}

	byte[] csv(LocalDate from, LocalDate to, List<TownFigures> rows, @Nullable TownFigures total, Locale locale) {
		StringBuilder csv = new StringBuilder("\uFEFF");
		List<String> header = new ArrayList<>(
				List.of(text("supervision.export.from", locale), text("supervision.export.to", locale)));
		header.addAll(columns(locale));
		csv.append(Csv.line(header));
		List<TownFigures> all = new ArrayList<>(rows);
		if (total != null) {
			all.add(total);
		}
		for (TownFigures row : all) {
			List<String> cells = new ArrayList<>(List.of(from.toString(), to.toString(), row.code(), row.name()));
			for (Indicator indicator : IndicatorText.ALL) {
				cells.add(IndicatorText.plain(indicator, indicator.value(row), this.messages, locale));
			}
			csv.append(Csv.line(cells));
		}
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	byte[] xlsx(LocalDate from, LocalDate to, List<TownFigures> rows, @Nullable TownFigures total,
			List<DashboardPages.Definition> definitions, Locale locale) {
		try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
			Font bold = workbook.createFont();
			bold.setBold(true);
			CellStyle heading = workbook.createCellStyle();
			heading.setFont(bold);
			heading.setBorderBottom(BorderStyle.THIN);
			heading.setWrapText(true);
			CellStyle percent = workbook.createCellStyle();
			percent.setDataFormat(workbook.createDataFormat().getFormat("0.0%"));
			CellStyle decimal = workbook.createCellStyle();
			decimal.setDataFormat(workbook.createDataFormat().getFormat("0.0"));
			CellStyle wrap = workbook.createCellStyle();
			wrap.setWrapText(true);

			Sheet table = workbook.createSheet(text("supervision.export.sheet.towns", locale));
			table.createRow(0).createCell(0).setCellValue(text("supervision.export.title", locale, from, to));
			Row header = table.createRow(2);
			List<String> names = columns(locale);
			for (int c = 0; c < names.size(); c++) {
				Cell cell = header.createCell(c);
				cell.setCellValue(names.get(c));
				cell.setCellStyle(heading);
				table.setColumnWidth(c, ((c == 1) ? 22 : 14) * 256);
			}
			int r = 3;
			List<TownFigures> all = new ArrayList<>(rows);
			if (total != null) {
				all.add(total);
			}
			for (TownFigures town : all) {
				Row row = table.createRow(r++);
				row.createCell(0).setCellValue(town.code());
				row.createCell(1).setCellValue(town.name());
				int c = 2;
				for (Indicator indicator : IndicatorText.ALL) {
					Cell cell = row.createCell(c++);
					Object value = indicator.value(town);
					if (value instanceof BigDecimal number) {
						boolean rate = IndicatorText.percent(indicator);
						cell.setCellValue(rate ? number.movePointLeft(2).doubleValue() : number.doubleValue());
						cell.setCellStyle(rate ? percent : decimal);
					}
					else if (value instanceof Number number) {
						cell.setCellValue(number.longValue());
					}
					else if (value != null) {
						cell.setCellValue(IndicatorText.text(indicator, value, this.messages, locale));
					}
				}
			}
			table.createFreezePane(2, 3);

			Sheet defined = workbook.createSheet(text("supervision.export.sheet.definitions", locale));
			Row titles = defined.createRow(0);
			titles.createCell(0).setCellValue(text("supervision.definition.indicator", locale));
			titles.createCell(1).setCellValue(text("supervision.definition.text", locale));
			titles.getCell(0).setCellStyle(heading);
			titles.getCell(1).setCellStyle(heading);
			defined.setColumnWidth(0, 24 * 256);
			defined.setColumnWidth(1, 100 * 256);
			int d = 1;
			for (DashboardPages.Definition definition : definitions) {
				Row row = defined.createRow(d++);
				row.createCell(0).setCellValue(definition.name());
				Cell text = row.createCell(1);
				text.setCellValue(definition.text());
				text.setCellStyle(wrap);
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Town code, town name, then each indicator's name. */
	private List<String> columns(Locale locale) {
		List<String> header = new ArrayList<>(
				List.of(text("supervision.page.table.code", locale), text("supervision.page.table.town", locale)));
		IndicatorText.ALL.forEach(indicator -> header.add(text(indicator.messageKey(), locale)));
		return header;
	}

	private String text(String code, Locale locale, @Nullable Object... arguments) {
		return this.messages.getMessage(code, arguments, locale);
	}

}
