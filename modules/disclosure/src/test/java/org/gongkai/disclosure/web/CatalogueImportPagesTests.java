package org.gongkai.disclosure.web;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.disclosure.api.CatalogueItem;
import org.gongkai.disclosure.api.CatalogueService;
import org.gongkai.disclosure.api.ItemQuery;
import org.gongkai.disclosure.api.ItemState;
import org.gongkai.disclosure.internal.DisclosureFixtures;
import org.gongkai.tenancy.api.Tenants;
import org.gongkai.tenancy.api.TownProvisioning;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.disclosure.internal.DisclosureFixtures.signedIn;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Importing a town's legacy catalogue through its page: a row-by-row report, nothing
 * imported while a row fails unless only the valid rows are asked for, and 索引号 that clash
 * refused.
 */
@SpringBootTest(properties = "gongkai.oidc.issuer=http://127.0.0.1:9/realms/gongkai")
@AutoConfigureMockMvc
@Import(DisclosureFixtures.NoIdentityProvider.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CatalogueImportPagesTests {

	static final String IMPORT = "/staff/towns/binhu/items/import";

	static final RequestPostProcessor REVIEWER = signedIn("binhu-reviewer", "ROLE_town-reviewer", "TOWN_binhu");

	static final RequestPostProcessor EDITOR = signedIn("binhu-editor", "ROLE_town-editor", "TOWN_binhu");

	static final String HEADER = "索引号,信息名称,发布机构,发文字号,成文日期,发布日期,目录分类,公开方式,公开范围,有效性,关键词,内容概述,正文\n";

	@Autowired
	MockMvc mvc;

	@Autowired
	TownProvisioning provisioning;

	@Autowired
	Tenants tenants;

	@Autowired
	CatalogueService catalogue;

	@BeforeAll
	void town() {
		provisioning.provision(DisclosureFixtures.BINHU);
	}

	@Test
	void importsNothingWhileARowFailsUnlessOnlyTheValidRowsAreAskedFor() throws Exception {
		String csv = HEADER
				+ "11652301752301009G/2016-00112,关于做好2016年农村低保工作的通知,滨湖镇人民政府,滨政发〔2016〕12号,2016-03-05,2016-03-18,社会救助,政府网站、公开栏,面向全社会,现行有效,低保 农村,部署2016年农村最低生活保障工作,\"各村（社区）：\n为做好2016年农村低保工作……\"\n"
				+ "11652301752301009G/2016-00113,关于开展2016年春季植树造林活动的通知,滨湖镇人民政府,滨政发〔2016〕14号,2016-03-08,2016-03-09,植树造林,政府网站,,,,,\n"
				+ ",滨湖镇2016年部门预算公开说明（导入）,滨湖镇财政所,,2016/3/25,2016/3/28,07,\"政府网站,政务新媒体\",,,预算,,一、部门预算收支总体情况……\n";

		Document refused = upload(csv, false);

		assertThat(refused.text()).contains("有 1 行存在问题，未导入任何内容（共读取 3 行）");
		assertThat(problems(refused))
			.containsExactly(List.of("3", "目录分类", "第 3 行“目录分类”：本镇公开目录中没有“植树造林”这一分类，请填写目录中的分类名称或编码。"));
		assertThat(titled("11652301752301009G/2016-00112")).as("found by its 索引号").isEmpty();

		Document partly = upload(csv, true);

		assertThat(partly.text()).contains("已导入 2 条（共读取 3 行）").contains("有问题的 1 行未导入");
		CatalogueItem lowIncome = titled("11652301752301009G/2016-00112").get(0);
		assertThat(lowIncome.title()).isEqualTo("关于做好2016年农村低保工作的通知");
		assertThat(lowIncome.state()).isEqualTo(ItemState.PUBLISHED);
		assertThat(lowIncome.indexNumber()).isEqualTo("11652301752301009G/2016-00112");
		assertThat(lowIncome.publishedOn()).hasToString("2016-03-18");
		assertThat(lowIncome.body()).isEqualTo("<p>各村（社区）：</p><p>为做好2016年农村低保工作……</p>");
		CatalogueItem budget = titled("滨湖镇2016年部门预算公开说明（导入）").get(0);
		assertThat(budget.indexNumber()).as("numbered by the town's rule").startsWith("11652301752301009G/2016-");
		assertThat(titled("关于开展2016年春季植树造林活动的通知")).isEmpty();
	}

	@Test
	void anIndexNumberTheTownUsesOrTheSheetRepeatsIsRefused() throws Exception {
		upload(HEADER + "11652301752301009G/2016-00201,滨湖镇2016年第一次党政联席会议纪要,滨湖镇人民政府,,2016-01-12,2016-01-15,工作动态,,,,,,\n",
				false);
		String csv = HEADER
				+ "11652301752301009G/2016-00201,滨湖镇2016年第二次党政联席会议纪要,滨湖镇人民政府,,2016-02-16,2016-02-18,工作动态,,,,,,\n"
				+ "11652301752301009G/2016-00202,滨湖镇2016年第三次党政联席会议纪要,滨湖镇人民政府,,2016-03-15,2016-03-17,工作动态,,,,,,\n"
				+ "11652301752301009G/2016-00202,滨湖镇2016年第四次党政联席会议纪要,滨湖镇人民政府,,2016-04-12,2016-04-14,工作动态,,,,,,\n";

		Document report = upload(csv, true);

		assertThat(problems(report)).containsExactly(
				List.of("2", "索引号", "第 2 行“索引号”：索引号重复，11652301752301009G/2016-00201 已被本镇其他信息使用。"),
				List.of("3", "索引号", "第 3 行“索引号”：索引号重复，11652301752301009G/2016-00202 在本表第 4 行也出现。"),
				List.of("4", "索引号", "第 4 行“索引号”：索引号重复，11652301752301009G/2016-00202 在本表第 3 行也出现。"));
		assertThat(titled("党政联席会议纪要")).extracting(CatalogueItem::title).containsExactly("滨湖镇2016年第一次党政联席会议纪要");
	}

	@Test
	void aFileThatIsNoCatalogueIsRefusedAsAWhole() throws Exception {
		Document report = Jsoup.parse(
				mvc.perform(
						multipart(IMPORT)
							.file(new MockMultipartFile("file", "目录.xls", "application/vnd.ms-excel",
									new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1,
											0x1A }))
							.with(REVIEWER)
							.with(csrf()))
					.andExpect(status().isOk())
					.andReturn()
					.getResponse()
					.getContentAsString());

		assertThat(report.getElementById("file-error").text())
			.isEqualTo("“目录.xls”不是 CSV 或 Excel（.xlsx）文件。旧版 Excel（.xls）文件请先另存为 .xlsx 或 CSV。");
		assertThat(report.getElementById("file").attr("aria-describedby")).contains("file-error");
	}

	@Test
	void theTemplateHasTheColumnsAnImportReads() throws Exception {
		byte[] template = mvc.perform(get(IMPORT + "/template.xlsx").with(REVIEWER))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();

		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
			var header = workbook.getSheetAt(0).getRow(0);
			assertThat(header.getCell(0).getStringCellValue()).isEqualTo("索引号");
			assertThat(header.getCell(1).getStringCellValue()).isEqualTo("信息名称*");
			assertThat(header.getLastCellNum()).isEqualTo((short) 13);
			assertThat(workbook.getSheetName(1)).isEqualTo("填写说明");
		}
	}

	@Test
	void onlyReviewersImport() throws Exception {
		mvc.perform(get(IMPORT).with(EDITOR)).andExpect(status().isForbidden());
		mvc.perform(multipart(IMPORT)
			.file(new MockMultipartFile("file", "目录.csv", "text/csv",
					(HEADER + ",滨湖镇无权导入的信息,滨湖镇人民政府,,2016-01-12,2016-01-15,工作动态,,,,,,\n")
						.getBytes(StandardCharsets.UTF_8)))
			.with(EDITOR)
			.with(csrf())).andExpect(status().isForbidden());

		assertThat(titled("滨湖镇无权导入的信息")).isEmpty();
	}

	private Document upload(String csv, boolean onlyValidRows) throws Exception {
		return Jsoup.parse(mvc.perform(multipart(IMPORT)
			.file(new MockMultipartFile("file", "滨湖镇公开目录.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
			.param("onlyValidRows", String.valueOf(onlyValidRows))
			.with(REVIEWER)
			.with(csrf())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
	}

	private static List<List<String>> problems(Document report) {
		return report.select("section[aria-labelledby=report-heading] tbody tr")
			.stream()
			.map(row -> row.select("td").eachText())
			.toList();
	}

	private List<CatalogueItem> titled(String text) {
		return binhu(() -> catalogue.list(new ItemQuery(null, null, null, null, text, 0, 50)).content());
	}

	private <T> T binhu(Supplier<T> work) {
		return tenants.callAs("binhu", work);
	}

}
