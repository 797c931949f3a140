package org.gongkai.disclosure.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.disclosure.api.CatalogueItem;
import org.gongkai.disclosure.api.Channel;
import org.gongkai.disclosure.api.ItemState;
import org.gongkai.disclosure.api.Validity;
import org.gongkai.disclosure.internal.CatalogueSheetReader.LegacyRow;
import org.gongkai.disclosure.internal.CatalogueSheetReader.LegacyRow.FieldError;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Legacy catalogues in the shapes towns keep them, and the export that reads back. */
class CatalogueSheetTests {

	static final String HEADER = "索引号,信息名称,发布机构,发文字号,成文日期,发布日期,目录分类,公开方式,公开范围,有效性,关键词,内容概述,正文";

	static final String LOW_INCOME = "113708280043326001/2016-00012,关于做好2016年农村低保工作的通知,滨湖镇人民政府,滨政发〔2016〕12号,"
			+ "2016-03-05,2016-03-18,社会救助,政府网站、公开栏,面向全社会,现行有效,低保 农村,"
			+ "部署2016年农村最低生活保障申请、审核和公示工作,\"各村（社区）：\n为做好2016年农村低保工作……\"";

	static final String BUDGET = ",滨湖镇2016年部门预算公开说明,滨湖镇财政所,,2016/3/25,,财政预决算,\"政府网站,政务新媒体\","
			+ "面向全社会,,预算,2016年部门预算及三公经费预算,一、部门预算收支总体情况……";

	final CatalogueSheetReader reader = new CatalogueSheetReader();

	final CatalogueSheetWriter writer = new CatalogueSheetWriter();

	@Test
	void readsUtf8CsvWithByteOrderMarkAsExcelSavesIt() {
		byte[] csv = bytes("\uFEFF" + HEADER + "\r\n" + LOW_INCOME + "\r\n" + BUDGET + "\r\n", StandardCharsets.UTF_8);

		List<LegacyRow> rows = this.reader.read("公开目录.csv", new ByteArrayInputStream(csv));

		assertThat(rows).hasSize(2);
		LegacyRow lowIncome = rows.get(0);
		assertThat(lowIncome.errors()).isEmpty();
		assertThat(lowIncome.rowNumber()).isEqualTo(2);
		assertThat(lowIncome.indexNumber()).isEqualTo("113708280043326001/2016-00012");
		assertThat(lowIncome.title()).isEqualTo("关于做好2016年农村低保工作的通知");
		assertThat(lowIncome.publisher()).isEqualTo("滨湖镇人民政府");
		assertThat(lowIncome.documentNumber()).isEqualTo("滨政发〔2016〕12号");
		assertThat(lowIncome.formedOn()).isEqualTo(LocalDate.of(2016, 3, 5));
		assertThat(lowIncome.publishedOn()).isEqualTo(LocalDate.of(2016, 3, 18));
		assertThat(lowIncome.categoryName()).isEqualTo("社会救助");
		assertThat(lowIncome.channels()).containsExactly(Channel.WEBSITE, Channel.NOTICEBOARD);
		assertThat(lowIncome.audience()).isEqualTo("面向全社会");
		assertThat(lowIncome.validity()).isEqualTo(Validity.IN_FORCE);
		assertThat(lowIncome.keywords()).isEqualTo("低保 农村");
		assertThat(lowIncome.body()).isEqualTo("各村（社区）：\n为做好2016年农村低保工作……");
		LegacyRow budget = rows.get(1);
		assertThat(budget.errors()).isEmpty();
		assertThat(budget.rowNumber()).as("the quoted line break above stays in one row").isEqualTo(3);
		assertThat(budget.indexNumber()).isNull();
		assertThat(budget.documentNumber()).isNull();
		assertThat(budget.formedOn()).isEqualTo(LocalDate.of(2016, 3, 25));
		assertThat(budget.publishedOn()).isNull();
		assertThat(budget.channels()).containsExactly(Channel.WEBSITE, Channel.NEW_MEDIA);
		assertThat(budget.validity()).isNull();
	}

	@Test
	void readsCsvThatExcelSavedInGbk() {
		byte[] csv = bytes(HEADER + "\r\n" + LOW_INCOME + "\r\n", Charset.forName("GB18030"));

		List<LegacyRow> rows = this.reader.read("公开目录.csv", new ByteArrayInputStream(csv));

		assertThat(rows).singleElement().satisfies((row) -> {
			assertThat(row.errors()).isEmpty();
			assertThat(row.title()).isEqualTo("关于做好2016年农村低保工作的通知");
			assertThat(row.documentNumber()).isEqualTo("滨政发〔2016〕12号");
			assertThat(row.channels()).containsExactly(Channel.WEBSITE, Channel.NOTICEBOARD);
		});
	}

	@Test
	void readsXlsxWithTitleRowVariantHeadersAndDateCells() throws IOException {
		byte[] xlsx;
		try (Workbook workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("目录");
			sheet.createRow(0).createCell(0).setCellValue("滨湖镇人民政府信息公开目录（2016年）");
			cells(sheet.createRow(1), " 标题 ", "发文机关", "文号", "成文日期：", "公开日期", "信息分类", "公开方式（可多选）", "有效性", "废止日期");
			Row lowIncome = cells(sheet.createRow(2), "关于做好2016年农村低保工作的通知", "滨湖镇人民政府", "滨政发〔2016〕12号");
			var isoDate = workbook.createCellStyle();
			isoDate.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
			var cell = lowIncome.createCell(3);
			cell.setCellValue(LocalDate.of(2016, 3, 5));
			cell.setCellStyle(isoDate);
			var usDate = workbook.createCellStyle();
			usDate.setDataFormat((short) 14);
			cell = lowIncome.createCell(4);
			cell.setCellValue(LocalDate.of(2016, 3, 18));
			cell.setCellStyle(usDate);
			lowIncome.createCell(5).setCellValue("社会救助");
			lowIncome.createCell(6).setCellValue("政府网站；公开栏");
			lowIncome.createCell(7).setCellValue("有效");
			sheet.createRow(3).createCell(0).setCellValue("  ");
			Row budget = cells(sheet.createRow(4), "滨湖镇2016年部门预算公开说明", "滨湖镇财政所", "");
			budget.createCell(3).setCellValue(20160325);
			budget.createCell(5).setCellValue("财政预决算");
			budget.createCell(6).setCellValue("主动公开");
			workbook.write(out);
			xlsx = out.toByteArray();
		}

		List<LegacyRow> rows = this.reader.read("公开目录.xlsx", new ByteArrayInputStream(xlsx));

		assertThat(rows).extracting(LegacyRow::rowNumber).containsExactly(3, 5);
		assertThat(rows).allSatisfy((row) -> assertThat(row.errors()).isEmpty());
		LegacyRow lowIncome = rows.get(0);
		assertThat(lowIncome.title()).isEqualTo("关于做好2016年农村低保工作的通知");
		assertThat(lowIncome.publisher()).isEqualTo("滨湖镇人民政府");
		assertThat(lowIncome.documentNumber()).isEqualTo("滨政发〔2016〕12号");
		assertThat(lowIncome.formedOn()).isEqualTo(LocalDate.of(2016, 3, 5));
		assertThat(lowIncome.publishedOn()).isEqualTo(LocalDate.of(2016, 3, 18));
		assertThat(lowIncome.categoryName()).isEqualTo("社会救助");
		assertThat(lowIncome.channels()).containsExactly(Channel.WEBSITE, Channel.NOTICEBOARD);
		assertThat(lowIncome.validity()).isEqualTo(Validity.IN_FORCE);
		LegacyRow budget = rows.get(1);
		assertThat(budget.formedOn()).isEqualTo(LocalDate.of(2016, 3, 25));
		assertThat(budget.documentNumber()).isNull();
		assertThat(budget.channels()).as("主动公开 is the kind of disclosure, not a channel").isEmpty();
	}

	@Test
	void readsEveryDateFormTownsWrite() {
		List<String> forms = List.of("2016-03-05", "2016-3-5", "2016/3/5", "2016/03/05", "2016.3.5", "2016年3月5日",
				"2016年03月05日", "2016 年 3 月 5 日", "20160305", "２０１６／３／５", "2016-03-05 00:00:00", "2016/3/5 9:30",
				"二〇一六年三月五日", "二○一六年三月五日");
		var csv = new StringBuilder("信息名称,发布机构,成文日期,目录分类\n");
		forms.forEach((form) -> csv.append("关于做好2016年农村低保工作的通知,滨湖镇人民政府,").append(form).append(",社会救助\n"));

		List<LegacyRow> rows = this.reader.read("dates.csv", csv(csv.toString()));

		assertThat(rows).hasSameSizeAs(forms).allSatisfy((row) -> {
			assertThat(row.errors()).isEmpty();
			assertThat(row.formedOn()).isEqualTo(LocalDate.of(2016, 3, 5));
		});
		assertThat(CatalogueSheetReader.date("二〇一六年十二月三十一日")).isEqualTo(LocalDate.of(2016, 12, 31));
		assertThat(CatalogueSheetReader.date("二〇一六年十月二十日")).isEqualTo(LocalDate.of(2016, 10, 20));
	}

	@Test
	void reportsBadValuesPerRowWithTheRowNumberPeopleSee() {
		String csv = """
				信息名称,发布机构,发文日期,公开日期,目录分类,公开方式,有效性
				关于做好2016年农村低保工作的通知,滨湖镇人民政府,2016-02-30,2016-03-18,社会救助,政府网站,现行有效

				关于2016年春季森林防火工作的通知,滨湖镇人民政府,2016-03-10,上周,应急管理,政府网站、电子显示屏、村广播,有效
				,滨湖镇人民政府,2016-03-11,,工作动态,公开栏,作废
				滨湖镇2016年部门预算公开说明,,,,财政预决算,政府网站,已废止
				""";

		List<LegacyRow> rows = this.reader.read("errors.csv", csv(csv));

		assertThat(rows).extracting(LegacyRow::rowNumber).containsExactly(2, 4, 5, 6);
		assertThat(rows.get(0).errors())
			.containsExactly(new FieldError("formedOn", "disclosure.sheet.row.date", List.of(2, "发文日期", "2016-02-30")));
		assertThat(rows.get(0).formedOn()).isNull();
		assertThat(rows.get(1).errors()).containsExactly(
				new FieldError("publishedOn", "disclosure.sheet.row.date", List.of(4, "公开日期", "上周")),
				new FieldError("channels", "disclosure.sheet.row.channel", List.of(4, "公开方式", "电子显示屏、村广播")));
		assertThat(rows.get(1).channels()).containsExactly(Channel.WEBSITE);
		assertThat(rows.get(2).errors()).containsExactly(
				new FieldError("title", "disclosure.sheet.row.required", List.of(5, "信息名称")),
				new FieldError("validity", "disclosure.sheet.row.validity", List.of(5, "有效性", "作废")));
		assertThat(rows.get(3).errors()).containsExactly(
				new FieldError("publisher", "disclosure.sheet.row.required", List.of(6, "发布机构")),
				new FieldError("formedOn", "disclosure.sheet.row.required", List.of(6, "发文日期")));
		assertThat(rows.get(3).validity()).isEqualTo(Validity.REPEALED);
		assertThat(rows).extracting(LegacyRow::valid).containsOnly(false);
		FieldError badDate = rows.get(0).errors().get(0);
		assertThat(message("disclosure", badDate.messageCode(), badDate.arguments()))
			.startsWith("第 2 行“发文日期”无法识别：2016-02-30。");
		assertThat(message("disclosure_en", badDate.messageCode(), badDate.arguments()))
			.startsWith("Row 2: \"发文日期\" is not a date: 2016-02-30.");
	}

	@Test
	void refusesASheetWithoutTheRequiredColumns() {
		String csv = """
				滨湖镇政府信息公开目录
				索引号,标题,发布机构,发布日期
				113708280043326001/2016-00012,关于做好2016年农村低保工作的通知,滨湖镇人民政府,2016-03-18
				""";

		var refused = catchThrowableOfType(CatalogueSheetException.class, () -> this.reader.read("old.csv", csv(csv)));

		assertThat(refused.getDetailMessageCode()).isEqualTo("disclosure.sheet.missing-columns");
		assertThat(refused.getDetailMessageArguments()).containsExactly("成文日期、目录分类");
		assertThat(refused.getBody().getProperties()).containsEntry("columns", List.of("成文日期", "目录分类"));
		assertThat(refused.getStatusCode().value()).isEqualTo(400);
	}

	@Test
	void refusesFilesThatAreNotCatalogues() {
		byte[] xls = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0 };
		byte[] brokenZip = { 'P', 'K', 3, 4, 1, 2, 3 };

		assertThat(catchThrowableOfType(CatalogueSheetException.class,
				() -> this.reader.read("目录.xls", new ByteArrayInputStream(xls)))
			.getDetailMessageCode()).isEqualTo("disclosure.sheet.unsupported");
		assertThat(catchThrowableOfType(CatalogueSheetException.class,
				() -> this.reader.read("目录.xlsx", new ByteArrayInputStream(brokenZip)))
			.getDetailMessageCode()).isEqualTo("disclosure.sheet.unreadable");
		assertThat(catchThrowableOfType(CatalogueSheetException.class, () -> this.reader.read("空.csv", csv("\n \n")))
			.getDetailMessageCode()).isEqualTo("disclosure.sheet.empty");
	}

	@Test
	void readsBackWhatTheWriterWrites() throws IOException {
		UUID relief = UUID.randomUUID();
		UUID budgets = UUID.randomUUID();
		var lowIncome = item(relief, "关于做好2016年农村低保工作的通知", Set.of(Channel.NOTICEBOARD, Channel.WEBSITE),
				Validity.IN_FORCE, LocalDate.of(2016, 3, 18));
		var budget = new CatalogueItem(UUID.randomUUID(), 0, 1, null, "滨湖镇2016年部门预算公开说明", "滨湖镇财政所", null,
				LocalDate.of(2016, 3, 25), LocalDate.of(2016, 4, 22), false, null, null, null, budgets,
				Set.of(Channel.PRESS), "面向全社会", Validity.REPEALED, "", "", "", ItemState.DRAFT, "binhu-editor", null,
				null, null, null, null, null, null, null, false, List.of(), Instant.parse("2016-03-25T02:00:00Z"));
		Map<UUID, String> categories = Map.of(relief, "社会救助", budgets, "财政预决算");
		var out = new ByteArrayOutputStream();

		this.writer.write(List.of(lowIncome, budget), categories::get, out);
		List<LegacyRow> rows = this.reader.read("export.xlsx", new ByteArrayInputStream(out.toByteArray()));

		assertThat(rows).hasSize(2);
		assertThat(rows.get(0)).isEqualTo(new LegacyRow(2, lowIncome.indexNumber(), lowIncome.title(),
				lowIncome.publisher(), lowIncome.documentNumber(), lowIncome.formedOn(), lowIncome.publishedOn(),
				"社会救助", Set.of(Channel.WEBSITE, Channel.NOTICEBOARD), lowIncome.audience(), Validity.IN_FORCE,
				lowIncome.keywords(), lowIncome.summary(), lowIncome.body(), List.of()));
		assertThat(rows.get(0).channels()).containsExactly(Channel.WEBSITE, Channel.NOTICEBOARD);
		assertThat(rows.get(1))
			.isEqualTo(new LegacyRow(3, null, budget.title(), budget.publisher(), null, budget.formedOn(), null,
					"财政预决算", Set.of(Channel.PRESS), "面向全社会", Validity.REPEALED, "", "", "", List.of()));
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
			var sheet = workbook.getSheetAt(0);
			assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
			var header = sheet.getRow(0);
			assertThat(workbook.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
			assertThat(header.getCell(13).getStringCellValue()).isEqualTo("状态");
			var first = sheet.getRow(1);
			assertThat(first.getCell(4).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2016, 3, 5));
			assertThat(first.getCell(4).getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
			assertThat(first.getCell(7).getStringCellValue()).isEqualTo("政府网站、公开栏");
			assertThat(first.getCell(13).getStringCellValue()).isEqualTo("已发布");
			assertThat(first.getCell(14).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2016, 4, 1));
			assertThat(first.getCell(15).getStringCellValue()).isEqualTo("否");
		}
	}

	@Test
	void everyStateIsWrittenInWords() {
		assertThat(ItemState.values()).allSatisfy(state -> assertThat(CatalogueSheetLabels.label(state)).isNotBlank());
		assertThat(CatalogueSheetLabels.label(ItemState.EXPIRED)).isEqualTo("已失效");
	}

	@Test
	void takesTenThousandRowsAndRefusesOneMore() {
		var csv = new StringBuilder("信息名称,发布机构,成文日期,目录分类\n");
		IntStream.rangeClosed(1, CatalogueSheetReader.MAX_ROWS)
			.forEach((i) -> csv.append("村务公开第").append(i).append("期,滨湖镇人民政府,2016-03-05,村务公开\n"));
		var items = new ArrayList<CatalogueItem>();
		UUID category = UUID.randomUUID();
		IntStream.rangeClosed(1, CatalogueSheetReader.MAX_ROWS + 1)
			.forEach((i) -> items.add(item(category, "村务公开第" + i + "期", Set.of(Channel.NOTICEBOARD), Validity.IN_FORCE,
					LocalDate.of(2016, 3, 18))));
		var xlsx = new ByteArrayOutputStream();
		this.writer.write(items, (id) -> "村务公开", xlsx);

		List<LegacyRow> rows = this.reader.read("full.csv", csv(csv.toString()));
		var refusedCsv = catchThrowableOfType(CatalogueSheetException.class,
				() -> this.reader.read("full.csv", csv(csv + "村务公开第10001期,滨湖镇人民政府,2016-03-05,村务公开\n")));
		var refusedXlsx = catchThrowableOfType(CatalogueSheetException.class,
				() -> this.reader.read("export.xlsx", new ByteArrayInputStream(xlsx.toByteArray())));

		assertThat(rows).hasSize(CatalogueSheetReader.MAX_ROWS);
		assertThat(rows.get(rows.size() - 1).rowNumber()).isEqualTo(10_001);
		assertThat(List.of(refusedCsv, refusedXlsx)).allSatisfy((refused) -> {
			assertThat(refused.getDetailMessageCode()).isEqualTo("disclosure.sheet.too-many-rows");
			assertThat(refused.getDetailMessageArguments()).containsExactly(10_000);
		});
	}

	@Test
	void everySheetMessageIsInBothLanguages() throws IOException {
		Properties chinese = bundle("disclosure");
		Properties english = bundle("disclosure_en");
		List<String> codes = List.of(CatalogueSheetReader.REQUIRED, CatalogueSheetReader.BAD_DATE,
				CatalogueSheetReader.BAD_CHANNEL, CatalogueSheetReader.BAD_VALIDITY, "disclosure.sheet.unsupported",
				"disclosure.sheet.unsupported.title", "disclosure.sheet.unreadable",
				"disclosure.sheet.unreadable.title", "disclosure.sheet.empty", "disclosure.sheet.empty.title",
				"disclosure.sheet.missing-columns", "disclosure.sheet.missing-columns.title",
				"disclosure.sheet.too-many-rows", "disclosure.sheet.too-many-rows.title");

		assertThat(chinese.stringPropertyNames()).containsAll(codes);
		assertThat(english.stringPropertyNames()).containsAll(codes);
	}

	static CatalogueItem item(UUID category, String title, Set<Channel> channels, Validity validity,
			LocalDate publishedOn) {
		return new CatalogueItem(UUID.randomUUID(), 3, 1, "113708280043326001/2016-00012", title, "滨湖镇人民政府",
				"滨政发〔2016〕12号", LocalDate.of(2016, 3, 5), LocalDate.of(2016, 4, 1), false, publishedOn, null, null,
				category, channels, "面向全社会", validity, "低保 农村", "部署2016年农村最低生活保障申请、审核和公示工作",
				"各村（社区）：\n为做好2016年农村低保工作，根据《社会救助暂行办法》……", ItemState.PUBLISHED, "binhu-editor", "binhu-editor", null,
				"binhu-reviewer", null, null, null, null, null, false, List.of(),
				Instant.parse("2016-03-18T02:00:00Z"));
	}

	static Row cells(Row row, String... values) {
		for (int i = 0; i < values.length; i++) {
			row.createCell(i).setCellValue(values[i]);
		}
		return row;
	}

	static InputStream csv(String text) {
		return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
	}

	static byte[] bytes(String text, Charset charset) {
		return text.getBytes(charset);
	}

	static Properties bundle(String name) throws IOException {
		var properties = new Properties();
		try (var in = CatalogueSheetTests.class.getResourceAsStream("/messages/" + name + ".properties")) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

	static String message(String bundle, String code, List<Object> arguments) {
		try {
			return new MessageFormat(bundle(bundle).getProperty(code), Locale.ROOT).format(arguments.toArray());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
