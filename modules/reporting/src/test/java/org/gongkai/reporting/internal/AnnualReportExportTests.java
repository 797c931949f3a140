package org.gongkai.reporting.internal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.gongkai.reporting.api.AnnualReport;
import org.gongkai.reporting.api.ProcessingFees;
import org.gongkai.reporting.api.ReportException;
import org.gongkai.reporting.api.ReportFormat;
import org.gongkai.reporting.api.ReportState;
import org.gongkai.reporting.api.Section;
import org.gongkai.reporting.api.Table2;
import org.gongkai.reporting.api.Table3;
import org.gongkai.reporting.api.Table3Row;
import org.gongkai.reporting.api.Table4;
import org.gongkai.tenancy.api.CreditCode;
import org.gongkai.tenancy.api.NewTown;
import org.gongkai.tenancy.api.TownKind;
import org.gongkai.tenancy.api.TownProvisioning;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gongkai.reporting.internal.ReportingFixtures.staff;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The exports read back: the DOCX and XLSX with Apache POI, the PDF with PDFBox. A report
 * with a different figure in every cell (row number × 100 + column) shows each figure in
 * its cell; the merged header cells of tables 三 and 四 are compared with the regions of
 * domain reference §2.4 and §2.5, written out here by hand. The PDF's first page is kept
 * as a PNG in {@code target/report-renderings}.
 */
// a context (and database) of its own: ReportImportTests provisions another 滨湖镇 in the
// shared one
@SpringBootTest(properties = { "gongkai.oidc.issuer=http://127.0.0.1:9/realms/gongkai",
		"gongkai.requests.limits.submissions-per-minute=1000", "spring.application.name=reporting-exports" })
@AutoConfigureMockMvc
@Import(ReportingFixtures.Configuration.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnnualReportExportTests {

	static final NewTown BINHU = new NewTown("binhu", "滨湖镇", TownKind.TOWNSHIP, "652301103000",
			"11652301000000001" + CreditCode.checkCharacter("11652301000000001"));

	static final String TITLE = "昌吉市滨湖镇人民政府2025年政府信息公开工作年度报告";

	static final List<String> HEADINGS = List.of("一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况",
			"五、存在的主要问题及改进情况", "六、其他需要报告的事项");

	static final String NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";

	static final String ROW_7 = "3.危及“三安全一稳定”";

	static final String ROW_21 = "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请";

	static final String ROW_22 = "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请";

	/** Table 三's merged cells as rows r1-r2 × columns c1-c2, counting the header rows. */
	static final Set<String> TABLE_3_MERGES = Set.of("0-2x0-2", // the 勾稽关系 note
			"0-0x3-9", // 申请人情况
			"1-2x3-3", // 自然人
			"1-1x4-8", // 法人或其他组织
			"1-2x9-9", // 总计
			"3-3x0-2", "4-4x0-2", // 一、 and 二、 across the three label levels
			"5-26x0-0", // 三、本年度办理结果 over rows 3 to 24
			"5-5x1-2", "6-6x1-2", // （一） and （二） have no third level
			"7-14x1-1", "15-17x1-1", "18-22x1-1", "23-25x1-1", // （三） to （六）
			"26-26x1-2", // （七）总计
			"27-27x0-2"); // 四、结转下年度继续办理

	/** Table 四's merged cells. */
	static final Set<String> TABLE_4_MERGES = Set.of("0-0x0-4", // 行政复议
			"0-0x5-14", // 行政诉讼
			"1-2x0-0", "1-2x1-1", "1-2x2-2", "1-2x3-3", "1-2x4-4", // its five results
			"1-1x5-9", // 未经复议直接起诉
			"1-1x10-14"); // 复议后起诉

	static final RequestPostProcessor CITY = staff("city-supervisor", "ROLE_city-supervisor");

	static final RequestPostProcessor REVIEWER = staff("binhu-reviewer", "ROLE_town-reviewer", "TOWN_binhu");

	@Autowired
	MockMvc mvc;

	@Autowired
	TownProvisioning provisioning;

	@Autowired
	ReportingFixtures.SettableClock clock;

	final ReportPrinter printer = new ReportPrinter(new ReportFonts(ReportFonts.DEFAULT_FONTS));

	@BeforeAll
	void town() {
		provisioning.provision(BINHU);
	}

	@BeforeEach
	void midYear() {
		clock.set(LocalDate.of(2025, 6, 1));
	}

	@AfterAll
	void backToToday() {
		clock.reset();
	}

	@Test
	void theDocxHasTheSectionsInOrderAndTheTablesWithTheirMergedCells() throws IOException {
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(printer.docx(report(), TITLE)))) {
			List<String> texts = document.getParagraphs().stream().map(XWPFParagraph::getText).toList();
			assertThat(texts.get(0)).isEqualTo(TITLE);
			assertThat(texts.stream().filter(HEADINGS::contains).toList()).isEqualTo(HEADINGS);
			assertThat(texts).contains("本镇2025年认真贯彻《条例》。", "第二段。", "存在的主要问题：（请填写。）");
			assertThat(texts).noneMatch(text -> text.contains("null"));
			assertThat(document.getTables()).hasSize(3);

			Map<String, DocxCell> table2 = docxCells(document.getTables().get(0));
			assertThat(table2.get("0,0").text()).isEqualTo("第二十条第（一）项");
			assertThat(table2.get("1,3").text()).isEqualTo("现行有效件数");
			assertThat(table2.get("3,0").text()).isEqualTo("行政规范性文件");
			assertThat(table2.get("3,1").text()).isEqualTo("2");
			assertThat(table2.get("3,3").text()).isEqualTo("6");
			assertThat(table2.get("6,0").text()).isEqualTo("行政许可");
			assertThat(table2.get("6,1").text()).isEmpty();
			assertThat(table2.get("9,1").text()).isEqualTo("12");
			assertThat(table2.get("12,1").text()).isEqualTo("本年收费金额（单位：万元）");
			assertThat(table2.get("13,1").text()).isEqualTo("1.5231");

			XWPFTable table3 = document.getTables().get(1);
			Map<String, DocxCell> cells = docxCells(table3);
			assertThat(merges(table3)).isEqualTo(TABLE_3_MERGES);
			assertThat(cells.get("0,0").text()).isEqualTo(NOTE);
			assertThat(cells.get("0,0").gridSpan()).isEqualTo(3);
			assertThat(cells.get("0,3").text()).isEqualTo("申请人情况");
			assertThat(cells.get("0,3").gridSpan()).isEqualTo(7);
			assertThat(cells.get("1,3").text()).isEqualTo("自然人");
			assertThat(cells.get("1,3").vMerge()).isEqualTo("restart");
			assertThat(cells.get("2,3").vMerge()).isEqualTo("continue");
			assertThat(cells.get("1,4").text()).isEqualTo("法人或其他组织");
			assertThat(cells.get("1,4").gridSpan()).isEqualTo(5);
			assertThat(cells.get("1,9").text()).isEqualTo("总计");
			assertThat(List.of(cells.get("2,4").text(), cells.get("2,5").text(), cells.get("2,6").text(),
					cells.get("2,7").text(), cells.get("2,8").text()))
				.containsExactly("商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他");
			assertThat(cells.get("3,0").text()).isEqualTo("一、本年新收政府信息公开申请数量");
			assertThat(cells.get("5,0").text()).isEqualTo("三、本年度办理结果");
			assertThat(cells.get("6,1").text()).isEqualTo("（二）部分公开（区分处理的，只计这一情形，不计其他情形）");
			assertThat(cells.get("7,1").text()).isEqualTo("（三）不予公开");
			assertThat(cells.get("9,2").text()).isEqualTo(ROW_7);
			assertThat(cells.get("23,2").text()).isEqualTo(ROW_21);
			assertThat(cells.get("24,2").text()).isEqualTo(ROW_22);
			assertThat(cells.get("27,0").text()).isEqualTo("四、结转下年度继续办理");
			for (Table3Row row : Table3Row.values()) {
				for (int column = 0; column < 7; column++) {
					assertThat(cells.get((row.number() + 2) + "," + (column + 3)).text())
						.as("table 三 row %d column %d", row.number(), column + 1)
						.isEqualTo(figure3(row.number(), column));
				}
			}

			XWPFTable table4 = document.getTables().get(2);
			Map<String, DocxCell> cells4 = docxCells(table4);
			assertThat(merges(table4)).isEqualTo(TABLE_4_MERGES);
			assertThat(cells4.get("0,0").text()).isEqualTo("行政复议");
			assertThat(cells4.get("0,5").text()).isEqualTo("行政诉讼");
			assertThat(cells4.get("1,3").text()).isEqualTo("尚未审结");
			assertThat(cells4.get("1,5").text()).isEqualTo("未经复议直接起诉");
			assertThat(cells4.get("1,10").text()).isEqualTo("复议后起诉");
			assertThat(cells4.get("2,14").text()).isEqualTo("总计");
			for (int column = 0; column < 15; column++) {
				assertThat(cells4.get("3," + column).text()).isEqualTo(figure4(column));
			}
		}
	}

	@Test
	void theXlsxHasOneSheetPerTableWithTheSameMerges() throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(printer.xlsx(report())))) {
			assertThat(workbook.getNumberOfSheets()).isEqualTo(3);
			XSSFSheet table2 = workbook.getSheet("二、主动公开政府信息情况");
			assertThat(table2.getRow(3).getCell(0).getStringCellValue()).isEqualTo("行政规范性文件");
			assertThat(table2.getRow(3).getCell(3).getNumericCellValue()).isEqualTo(6);
			assertThat(table2.getRow(6).getCell(1).getCellType()).isEqualTo(CellType.BLANK);
			assertThat(table2.getRow(13).getCell(1).getNumericCellValue()).isEqualTo(1.52305);

			XSSFSheet table3 = workbook.getSheet("三、收到和处理政府信息公开申请情况");
			assertThat(regions(table3.getMergedRegions())).isEqualTo(TABLE_3_MERGES);
			assertThat(table3.getRow(0).getCell(0).getStringCellValue()).isEqualTo(NOTE);
			assertThat(table3.getRow(1).getCell(4).getStringCellValue()).isEqualTo("法人或其他组织");
			assertThat(table3.getRow(9).getCell(2).getStringCellValue()).isEqualTo(ROW_7);
			assertThat(table3.getRow(23).getCell(2).getStringCellValue()).isEqualTo(ROW_21);
			assertThat(table3.getRow(24).getCell(2).getStringCellValue()).isEqualTo(ROW_22);
			for (Table3Row row : Table3Row.values()) {
				for (int column = 0; column < 7; column++) {
					var cell = table3.getRow(row.number() + 2).getCell(column + 3);
					String expected = figure3(row.number(), column);
					if (expected.isEmpty()) {
						assertThat(cell.getCellType()).isEqualTo(CellType.BLANK);
					}
					else {
						assertThat(cell.getNumericCellValue()).isEqualTo(Double.parseDouble(expected));
					}
				}
			}

			XSSFSheet table4 = workbook.getSheet("四、政府信息公开行政复议、行政诉讼情况");
			assertThat(regions(table4.getMergedRegions())).isEqualTo(TABLE_4_MERGES);
			assertThat(table4.getRow(1).getCell(10).getStringCellValue()).isEqualTo("复议后起诉");
			assertThat(table4.getRow(3).getCell(12).getNumericCellValue()).isEqualTo(13);
			assertThat(table4.getRow(3).getCell(3).getCellType()).isEqualTo(CellType.BLANK);
		}
	}

	@Test
	void thePdfEmbedsAChineseFontAndReadsBackWithTheExactLabels() throws IOException {
		try (PDDocument pdf = Loader.loadPDF(printer.pdf(report(), TITLE))) {
			// every page is kept, rendered before the checks so that a failing layout can
			// be looked at; page 1 is the record the issue asks for
			Path renderings = Files.createDirectories(Path.of("target", "report-renderings"));
			for (int i = 0; i < pdf.getNumberOfPages(); i++) {
				BufferedImage image = new PDFRenderer(pdf).renderImageWithDPI(i, 110);
				ImageIO.write(image, "png", renderings.resolve("annual-report-2025-page-" + (i + 1) + ".png").toFile());
			}
			assertThat(Files.size(renderings.resolve("annual-report-2025-page-1.png"))).isPositive();
			String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
			assertThat(text).startsWith(TITLE);
			// tables and paragraphs are written to different layers, so the order on the
			// page is the order by position, not by content stream
			PDFTextStripper byPosition = new PDFTextStripper();
			byPosition.setSortByPosition(true);
			String onPage = byPosition.getText(pdf).replaceAll("\\s+", "");
			int at = 0;
			for (String heading : HEADINGS) {
				int next = onPage.indexOf(heading, at);
				assertThat(next).as(heading).isGreaterThanOrEqualTo(at);
				at = next;
			}
			assertThat(text).contains(NOTE, "申请人情况", "法人或其他组织", ROW_7, "本镇2025年认真贯彻《条例》。").doesNotContain("null");
			// each label followed by its seven figures: the figures sit in their row
			assertThat(text).contains(ROW_21 + "2101210221032104210521062107")
				.contains(ROW_22 + "2201220222032204220522062207")
				.contains("四、结转下年度继续办理250125022503250425052507");
			for (PDPage page : pdf.getPages()) {
				for (var name : page.getResources().getFontNames()) {
					PDFont font = page.getResources().getFont(name);
					assertThat(font.isEmbedded()).as(font.getName()).isTrue();
				}
			}
			assertThat(Files.size(renderings.resolve("annual-report-2025-page-1.png"))).isPositive();
		}
	}

	@Test
	void withoutAChineseFontThePdfIsRefusedNamingThePackage() {
		ReportPrinter fontless = new ReportPrinter(new ReportFonts(List.of("/nonexistent/NotoSansCJK-Regular.ttc,2")));
		assertThatThrownBy(() -> fontless.pdf(report(), TITLE)).isInstanceOfSatisfying(ReportException.class, ex -> {
			assertThat(ex.getStatusCode().value()).isEqualTo(503);
			assertThat(ex.getDetailMessageArguments()).contains("fonts-noto-cjk");
		});
	}

	@Test
	void theEndpointNamesTheFileAfterTheTownAndRefusesUnknownFormats() throws Exception {
		MvcResult docx = mvc
			.perform(get("/api/v1/towns/binhu/annual-reports/2025/export").param("format", "docx").with(CITY))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CONTENT_TYPE,
					"application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
			.andReturn();
		ContentDisposition disposition = ContentDisposition
			.parse(docx.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION));
		assertThat(disposition.isAttachment()).isTrue();
		assertThat(disposition.getFilename()).isEqualTo("滨湖镇-2025年政府信息公开工作年度报告.docx");
		assertThat(docx.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION)).contains("filename*=UTF-8''");
		try (XWPFDocument document = new XWPFDocument(
				new ByteArrayInputStream(docx.getResponse().getContentAsByteArray()))) {
			assertThat(document.getParagraphs().get(0).getText()).isEqualTo(TITLE);
			// computed from the records: a town without requests has 0 everywhere
			assertThat(docxCells(document.getTables().get(1)).get("3,9").text()).isEqualTo("0");
		}

		MvcResult xlsx = mvc
			.perform(get("/api/v1/towns/binhu/annual-reports/2025/export").param("format", "XLSX").with(REVIEWER))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(
				ContentDisposition.parse(xlsx.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION)).getFilename())
			.isEqualTo("滨湖镇-2025年政府信息公开工作年度报告.xlsx");
		MvcResult pdf = mvc
			.perform(get("/api/v1/towns/binhu/annual-reports/2025/export").param("format", "pdf").with(CITY))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(pdf.getResponse().getContentType()).isEqualTo("application/pdf");
		try (PDDocument document = Loader.loadPDF(pdf.getResponse().getContentAsByteArray())) {
			assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", "")).startsWith(TITLE);
		}

		mvc.perform(get("/api/v1/towns/binhu/annual-reports/2025/export").param("format", "odt").with(CITY))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("不支持导出为“odt”格式")));
		mvc.perform(get("/api/v1/towns/binhu/annual-reports/2020/export").param("format", "pdf").with(CITY))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/towns/binhu/annual-reports/2025/export").param("format", "pdf")
			.with(staff("sangong-editor", "ROLE_town-editor", "TOWN_sangong"))).andExpect(status().isForbidden());
	}

	/**
	 * A report with a different figure in every cell: table 三 row n column c holds n ×
	 * 100 + c, table 四 column c holds c; a few figures are not reported.
	 */
	static AnnualReport report() {
		List<List<@Nullable Integer>> rows = new ArrayList<>();
		for (int row = 1; row <= 25; row++) {
			List<@Nullable Integer> cells = new ArrayList<>();
			for (int column = 0; column < 7; column++) {
				String figure = figure3(row, column);
				cells.add(figure.isEmpty() ? null : Integer.valueOf(figure));
			}
			rows.add(cells);
		}
		List<@Nullable Integer> table4 = new ArrayList<>();
		for (int column = 0; column < 15; column++) {
			String figure = figure4(column);
			table4.add(figure.isEmpty() ? null : Integer.valueOf(figure));
		}
		Table2 table2 = new Table2(0, 0, 0, 2, 1, 6, null, 12, 0, new BigDecimal("15230.50"));
		return new AnnualReport("binhu", 2025, ReportFormat.F2021, ReportState.DRAFT, 1, 3, table2, null,
				new Table3(rows), new Table4(table4), new ProcessingFees(2, new BigDecimal("40.00")),
				Map.of(Section.OVERVIEW, "本镇2025年认真贯彻《条例》。\n\n第二段。"),
				Map.of(Section.PROBLEMS, "存在的主要问题：（请填写。）", Section.OVERVIEW, "草稿"), List.of());
	}

	/** Blank for row 25's 其他 (not reported). */
	static String figure3(int row, int column) {
		return (row == 25 && column == 5) ? "" : String.valueOf(row * 100 + column + 1);
	}

	/** Blank for 行政复议 尚未审结 (not reported). */
	static String figure4(int column) {
		return (column == 3) ? "" : String.valueOf(column + 1);
	}

	record DocxCell(String text, int gridSpan, @Nullable String vMerge) {
	}

	/** Each {@code w:tc} by its grid position {@code "row,column"}. */
	static Map<String, DocxCell> docxCells(XWPFTable table) {
		Map<String, DocxCell> cells = new HashMap<>();
		List<XWPFTableRow> rows = table.getRows();
		for (int r = 0; r < rows.size(); r++) {
			int column = 0;
			for (XWPFTableCell cell : rows.get(r).getTableCells()) {
				CTTcPr properties = cell.getCTTc().getTcPr();
				int span = (properties != null && properties.isSetGridSpan())
						? properties.getGridSpan().getVal().intValue() : 1;
				String vMerge = null;
				if (properties != null && properties.isSetVMerge()) {
					vMerge = (properties.getVMerge().isSetVal() && properties.getVMerge().getVal() == STMerge.RESTART)
							? "restart" : "continue";
				}
				cells.put(r + "," + column, new DocxCell(cell.getText(), span, vMerge));
				column += span;
			}
		}
		return cells;
	}

	/**
	 * The merged regions of a Word table as {@code r1-r2xc1-c2}: a cell spanning columns,
	 * extended down over the cells that continue its vertical merge.
	 */
	static Set<String> merges(XWPFTable table) {
		Map<String, DocxCell> cells = docxCells(table);
		Set<String> regions = new HashSet<>();
		for (Map.Entry<String, DocxCell> entry : cells.entrySet()) {
			int[] at = Arrays.stream(entry.getKey().split(",")).mapToInt(Integer::parseInt).toArray();
			DocxCell cell = entry.getValue();
			if ("continue".equals(cell.vMerge())) {
				continue;
			}
			int last = at[0];
			if ("restart".equals(cell.vMerge())) {
				while (cells.get((last + 1) + "," + at[1]) != null
						&& "continue".equals(cells.get((last + 1) + "," + at[1]).vMerge())) {
					assertThat(cells.get((last + 1) + "," + at[1]).gridSpan()).isEqualTo(cell.gridSpan());
					last++;
				}
			}
			if (last > at[0] || cell.gridSpan() > 1) {
				regions.add(at[0] + "-" + last + "x" + at[1] + "-" + (at[1] + cell.gridSpan() - 1));
			}
		}
		return regions;
	}

	static Set<String> regions(List<CellRangeAddress> merged) {
		Set<String> regions = new HashSet<>();
		for (CellRangeAddress region : merged) {
			regions.add(region.getFirstRow() + "-" + region.getLastRow() + "x" + region.getFirstColumn() + "-"
					+ region.getLastColumn());
		}
		return regions;
	}

}
