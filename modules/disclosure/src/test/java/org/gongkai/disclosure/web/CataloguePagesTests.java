package org.gongkai.disclosure.web;

import java.io.ByteArrayInputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.disclosure.api.CatalogueItem;
import org.gongkai.disclosure.api.CatalogueService;
import org.gongkai.disclosure.api.Category;
import org.gongkai.disclosure.api.CategoryService;
import org.gongkai.disclosure.api.Channel;
import org.gongkai.disclosure.api.ItemDraft;
import org.gongkai.disclosure.api.ItemQuery;
import org.gongkai.disclosure.api.ItemState;
import org.gongkai.disclosure.api.Validity;
import org.gongkai.disclosure.internal.DisclosureFixtures;
import org.gongkai.tenancy.api.Tenants;
import org.gongkai.tenancy.api.TownProvisioning;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.disclosure.internal.DisclosureFixtures.signedIn;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The catalogue's staff screens, signed in as the login leaves staff: the list and its
 * filters, the item form, the review queue, the workflow steps, import and export.
 */
@SpringBootTest(properties = "gongkai.oidc.issuer=http://127.0.0.1:9/realms/gongkai")
@AutoConfigureMockMvc
@Import(DisclosureFixtures.NoIdentityProvider.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CataloguePagesTests {

	static final String PAGES = "/staff/towns/binhu";

	static final RequestPostProcessor EDITOR = signedIn("binhu-editor", "ROLE_town-editor", "TOWN_binhu");

	static final RequestPostProcessor REVIEWER = signedIn("binhu-reviewer", "ROLE_town-reviewer", "TOWN_binhu");

	static final RequestPostProcessor SUPERVISOR = signedIn("city-supervisor", "ROLE_city-supervisor");

	static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes(StandardCharsets.US_ASCII);

	static final String PUBLISHER = "昌吉市滨湖镇人民政府";

	@Autowired
	MockMvc mvc;

	@Autowired
	TownProvisioning provisioning;

	@Autowired
	Tenants tenants;

	@Autowired
	CatalogueService catalogue;

	@Autowired
	CategoryService categories;

	@BeforeAll
	void town() {
		provisioning.provision(DisclosureFixtures.BINHU);
	}

	@Test
	void listsItemsByCategoryStateYearChannelAndTextAndFlagsThoseOverdue() throws Exception {
		var lowIncome = binhu(() -> catalogue.create(new ItemDraft("关于做好2016年农村低保工作的通知", PUBLISHER, "滨政发〔2016〕12号",
				LocalDate.of(2016, 3, 5), category("18"), Set.of(Channel.WEBSITE, Channel.NOTICEBOARD), null,
				Validity.IN_FORCE, "低保 农村", "", "<p>各村（社区）：</p>", null)));
		var fireSafety = binhu(() -> catalogue
			.create(new ItemDraft("关于做好2016年春季森林防火工作的通知", PUBLISHER, "滨政发〔2016〕15号", LocalDate.of(2016, 3, 10),
					category("12"), Set.of(Channel.NEW_MEDIA), null, Validity.IN_FORCE, "", "", "", null)));
		var notice = published(draft("滨湖镇2026年城乡低保对象公示", category("18")));
		var guideline = binhu(() -> catalogue.create(draft("滨湖镇村务公开实施细则（2016年修订）", category("0202"))));

		Document byCategoryAndYear = page(
				get(PAGES + "/items").param("category", category("18").toString()).param("year", "2016").with(EDITOR));
		Document byNumber = page(get(PAGES + "/items").param("text", "滨政发〔2016〕12号").with(EDITOR));
		Document byChannel = page(
				get(PAGES + "/items").param("channel", "NEW_MEDIA").param("year", "2016").with(EDITOR));
		Document published = page(get(PAGES + "/items").param("state", "PUBLISHED")
			.param("category", category("18").toString())
			.with(EDITOR));
		Document branch = page(get(PAGES + "/items").param("category", category("02").toString()).with(EDITOR));

		assertThat(titles(byCategoryAndYear)).contains(lowIncome.title())
			.doesNotContain(fireSafety.title(), notice.title());
		assertThat(dueCell(byCategoryAndYear, lowIncome.title())).contains(lowIncome.publicationDue().toString())
			.contains("逾期");
		assertThat(titles(byNumber)).containsExactly(lowIncome.title());
		assertThat(titles(byChannel)).contains(fireSafety.title()).doesNotContain(lowIncome.title());
		assertThat(titles(published)).contains(notice.title()).doesNotContain(lowIncome.title());
		assertThat(dueCell(published, notice.title())).isEqualTo("按期");
		assertThat(titles(branch)).as("a category stands for its sub-categories too").contains(guideline.title());
		assertThat(byCategoryAndYear.select("th[scope=col]").eachText()).containsExactly("索引号", "信息名称", "分类", "状态",
				"成文日期", "发布期限", "发布日期");
		assertThat(byCategoryAndYear.select("a.button").text()).isEqualTo("新建");
		assertThat(byCategoryAndYear.select("a[href*=export.xlsx]").attr("href")).contains("category=" + category("18"))
			.contains("year=2016");
		assertThat(byCategoryAndYear.text()).contains("2016 年按时发布");
		assertThat(byCategoryAndYear.select("select#filter-year option[selected]").text()).isEqualTo("2016");
		assertThat(page(get(PAGES + "/items").with(SUPERVISOR)).select("a.button")).as("the city office only reads")
			.isEmpty();
	}

	@Test
	void aFormWithMistakesShowsEachChineseMessageBesideItsFieldKeepsTheEntriesAndSavesNothing() throws Exception {
		long before = total();

		Document form = page(multipart(PAGES + "/items").file(pdf("2016年低保名单.pdf"))
			.param("title", " ")
			.param("publisher", PUBLISHER)
			.param("documentNumber", "滨政发〔2016〕12号")
			.param("formedOn", LocalDate.now().plusDays(3).toString())
			.param("audience", "面向全镇各村（社区）居民及驻镇企事业单位和外来务工人员")
			.param("validity", "IN_FORCE")
			.param("body", "<p>通知</p><script>alert(document.cookie)</script>")
			.with(EDITOR)
			.with(csrf()));

		assertThat(error(form, "title")).isEqualTo("请填写“信息名称”。");
		assertThat(error(form, "formedOn")).isEqualTo("“成文日期”不能晚于今天。");
		assertThat(error(form, "categoryId")).isEqualTo("请填写“目录分类”。");
		assertThat(error(form, "channels")).isEqualTo("请至少选择一种“公开方式”。");
		assertThat(error(form, "body")).isEqualTo("“正文”含有脚本或其他可执行内容，请删除后再保存。");
		assertThat(error(form, "audience")).isEqualTo("“公开范围”不能超过 20 个字。");
		assertThat(form.getElementById("title").attr("aria-describedby")).contains("title-error");
		assertThat(form.getElementById("title").attr("aria-invalid")).isEqualTo("true");
		assertThat(form.getElementById("documentNumber").val()).isEqualTo("滨政发〔2016〕12号");
		assertThat(form.getElementById("body").val()).isEqualTo("<p>通知</p><script>alert(document.cookie)</script>");
		assertThat(form.getElementById("publisher").attr("aria-invalid")).isEmpty();
		assertThat(form.select("[role=alert]").text()).contains("有 6 处需要修改，未保存任何内容");
		assertThat(form.getElementById("files-again").text()).contains("请重新选择附件");
		assertThat(total()).isEqualTo(before);
	}

	@Test
	void createsADraftWithItsAttachmentInOneGo() throws Exception {
		MvcResult created = mvc
			.perform(multipart(PAGES + "/items").file(pdf("2016年农村低保对象名单.pdf"))
				.param("title", "关于公布2016年第一季度农村低保对象名单的通知")
				.param("publisher", PUBLISHER)
				.param("documentNumber", "滨政发〔2016〕18号")
				.param("formedOn", "2016-04-06")
				.param("categoryId", category("18").toString())
				.param("channels", "WEBSITE", "NOTICEBOARD")
				.param("audience", "")
				.param("validity", "IN_FORCE")
				.param("keywords", "低保 名单")
				.param("summary", "公布第一季度新增农村低保对象")
				.param("body", "<p>各村（社区）：</p><p>现将名单公布如下。</p>")
				.with(EDITOR)
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern(PAGES + "/items/*"))
			.andExpect(flash().attribute("message", "disclosure.page.flash.created"))
			.andReturn();
		UUID id = UUID.fromString(created.getResponse().getRedirectedUrl().replaceAll(".*/", ""));

		CatalogueItem item = binhu(() -> catalogue.get(id));
		assertThat(item.state()).isEqualTo(ItemState.DRAFT);
		assertThat(item.channels()).containsExactlyInAnyOrder(Channel.WEBSITE, Channel.NOTICEBOARD);
		assertThat(item.attachments()).singleElement()
			.satisfies(file -> assertThat(file.fileName()).isEqualTo("2016年农村低保对象名单.pdf"));
		Document page = page(get(PAGES + "/items/" + id).with(EDITOR));
		assertThat(page.select("h1").text()).isEqualTo("关于公布2016年第一季度农村低保对象名单的通知");
		assertThat(page.select("a[href$=/attachments/" + item.attachments().get(0).id() + "]").text())
			.isEqualTo("2016年农村低保对象名单.pdf");
		assertThat(page.select(".steps button").eachText()).contains("提交审核").doesNotContain("审核通过");
		mvc.perform(get(PAGES + "/items/" + id + "/attachments/" + item.attachments().get(0).id()).with(EDITOR))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"));
	}

	@Test
	void theReviewQueueShowsSubmittedItemsOldestFirstWithTheirDueDates() throws Exception {
		var first = binhu(() -> catalogue.create(draft("滨湖镇2016年第一季度财政收支情况", category("07"))));
		var second = binhu(() -> catalogue.create(draft("滨湖镇2016年第二季度财政收支情况", category("07"))));
		var stillDraft = binhu(() -> catalogue.create(draft("滨湖镇2016年第三季度财政收支情况", category("07"))));
		step(first, "submit", EDITOR);
		step(second, "submit", EDITOR);

		Document queue = page(get(PAGES + "/review").with(REVIEWER));

		List<String> titles = titles(queue);
		assertThat(titles).contains(first.title(), second.title()).doesNotContain(stillDraft.title());
		assertThat(titles.indexOf(first.title())).isLessThan(titles.indexOf(second.title()));
		assertThat(dueCell(queue, first.title())).contains(first.publicationDue().toString());
		assertThat(row(queue, first.title()).text()).contains("待审核").contains("binhu-editor");
	}

	@Test
	void aReviewerApprovesPublishesAndWithdrawsThroughTheItemPage() throws Exception {
		var item = binhu(() -> catalogue.create(draft("滨湖镇关于2016年村级公益事业一事一议筹资筹劳的公告", category("17"))));
		step(item, "submit", EDITOR);
		String itemPage = PAGES + "/items/" + item.id();

		assertThat(page(get(itemPage).with(EDITOR)).select(".steps button").eachText()).doesNotContain("审核通过");
		assertThat(page(get(itemPage).with(REVIEWER)).select(".steps button").eachText()).contains("审核通过", "退回修改");
		mvc.perform(post(itemPage + "/approve").param("version", "0").with(REVIEWER).with(csrf()))
			.andExpect(flash().attribute("actionError", org.hamcrest.Matchers.containsString("已被他人修改")));
		step(item, "approve", REVIEWER).andExpect(flash().attribute("message", "disclosure.page.flash.approved"));
		Document approved = page(get(itemPage).with(REVIEWER));
		assertThat(approved.select(".meta").text()).contains("保密审查通过").contains("binhu-reviewer");
		step(item, "publish", REVIEWER).andExpect(flash().attribute("message", "disclosure.page.flash.published"));
		CatalogueItem published = binhu(() -> catalogue.get(item.id()));
		assertThat(published.state()).isEqualTo(ItemState.PUBLISHED);
		assertThat(page(get(itemPage).with(REVIEWER)).text()).contains("索引号 " + published.indexNumber());

		Document confirm = page(get(itemPage + "/withdraw").with(REVIEWER));
		Document refused = page(post(itemPage + "/withdraw").param("version", String.valueOf(published.version()))
			.param("reason", " ")
			.with(REVIEWER)
			.with(csrf()));
		mvc.perform(post(itemPage + "/withdraw").param("version", String.valueOf(published.version()))
			.param("reason", "数据有误，更正后重新发布")
			.param("confirmed", "true")
			.with(REVIEWER)
			.with(csrf())).andExpect(flash().attribute("message", "disclosure.page.flash.withdrawn"));

		assertThat(confirm.text()).contains("撤回后，此信息立即从公开页面消失");
		assertThat(error(refused, "reason")).isEqualTo("请填写撤回原因。");
		assertThat(error(refused, "confirmed")).isEqualTo("请勾选确认后再撤回。");
		CatalogueItem withdrawn = binhu(() -> catalogue.get(item.id()));
		assertThat(withdrawn.state()).isEqualTo(ItemState.WITHDRAWN);
		assertThat(withdrawn.withdrawnBy()).isEqualTo("binhu-reviewer");
		assertThat(page(get(itemPage).with(EDITOR)).select(".meta").text()).contains("数据有误，更正后重新发布");
	}

	@Test
	void sendingBackNeedsAReasonShownBesideItsField() throws Exception {
		var item = binhu(() -> catalogue.create(draft("滨湖镇2016年重大建设项目批准信息", category("10"))));
		step(item, "submit", EDITOR);

		mvc.perform(post(PAGES + "/items/" + item.id() + "/send-back").param("version", "1")
			.param("sendBackReason", "")
			.with(REVIEWER)
			.with(csrf()))
			.andExpect(flash().attribute("actionErrors", org.hamcrest.Matchers.hasEntry("sendBackReason", "请填写“原因”。")));
		mvc.perform(post(PAGES + "/items/" + item.id() + "/send-back").param("version", "1")
			.param("sendBackReason", "附件缺少项目批复文件")
			.with(REVIEWER)
			.with(csrf())).andExpect(flash().attribute("message", "disclosure.page.flash.sent-back"));

		CatalogueItem sentBack = binhu(() -> catalogue.get(item.id()));
		assertThat(sentBack.state()).isEqualTo(ItemState.DRAFT);
		assertThat(page(get(PAGES + "/items/" + item.id()).with(EDITOR)).select(".meta").text()).contains("退回原因")
			.contains("附件缺少项目批复文件");
	}

	@Test
	void aPublishedItemChangesOnlyWithANoteAndKeepsItsEarlierText() throws Exception {
		var item = published(draft("关于调整2016年农村低保标准的通知", category("18")));
		String edit = PAGES + "/items/" + item.id() + "/edit";
		Document form = page(get(edit).with(EDITOR));
		assertThat(form.getElementById("note")).as("a published item asks for a 修改说明").isNotNull();

		Document refused = page(post(edit).param("version", String.valueOf(item.version()))
			.param("title", "关于调整2016年农村低保标准的通知（更正）")
			.param("publisher", PUBLISHER)
			.param("formedOn", item.formedOn().toString())
			.param("categoryId", category("18").toString())
			.param("channels", "WEBSITE")
			.param("validity", "IN_FORCE")
			.param("body", "<p>每人每月480元。</p>")
			.param("note", "")
			.with(EDITOR)
			.with(csrf()));
		mvc.perform(post(edit).param("version", String.valueOf(item.version()))
			.param("title", "关于调整2016年农村低保标准的通知（更正）")
			.param("publisher", PUBLISHER)
			.param("formedOn", item.formedOn().toString())
			.param("categoryId", category("18").toString())
			.param("channels", "WEBSITE")
			.param("validity", "IN_FORCE")
			.param("body", "<p>每人每月480元。</p>")
			.param("note", "标准金额有误")
			.with(EDITOR)
			.with(csrf())).andExpect(flash().attribute("message", "disclosure.page.flash.updated"));

		assertThat(error(refused, "note")).isEqualTo("修改已发布的信息须填写“修改说明”。");
		assertThat(refused.getElementById("title").val()).isEqualTo("关于调整2016年农村低保标准的通知（更正）");
		Document changed = page(get(PAGES + "/items/" + item.id()).with(EDITOR));
		assertThat(changed.select("h1").text()).isEqualTo("关于调整2016年农村低保标准的通知（更正）");
		assertThat(changed.select("section[aria-labelledby=history-heading] tbody tr").text()).contains("第 1 版",
				"关于调整2016年农村低保标准的通知", "binhu-editor", "标准金额有误");
	}

	@Test
	void publishingAtALaterTimeSchedulesTheItem() throws Exception {
		var item = binhu(() -> catalogue.create(draft("滨湖镇2026年度政府信息公开工作要点", category("2102"))));
		step(item, "submit", EDITOR);
		step(item, "approve", REVIEWER);
		long version = binhu(() -> catalogue.get(item.id())).version();

		mvc.perform(post(PAGES + "/items/" + item.id() + "/publish").param("version", String.valueOf(version))
			.param("when", "at")
			.param("at", "")
			.with(REVIEWER)
			.with(csrf()))
			.andExpect(
					flash().attribute("actionErrors", org.hamcrest.Matchers.hasEntry("publishAt", "请填写定时发布的日期和时间。")));
		mvc.perform(post(PAGES + "/items/" + item.id() + "/publish").param("version", String.valueOf(version))
			.param("when", "at")
			.param("at", LocalDate.now().plusDays(2) + "T09:30")
			.with(REVIEWER)
			.with(csrf())).andExpect(flash().attribute("message", "disclosure.page.flash.scheduled"));

		CatalogueItem scheduled = binhu(() -> catalogue.get(item.id()));
		assertThat(scheduled.state()).isEqualTo(ItemState.SCHEDULED);
		assertThat(page(get(PAGES + "/items/" + item.id()).with(REVIEWER)).text())
			.contains("已定于 " + LocalDate.now().plusDays(2) + " 09:30 发布。");
	}

	@Test
	void anItemThatIsNotThereIsAPageSayingSo() throws Exception {
		UUID unknown = UUID.randomUUID();

		for (String path : List.of("/items/" + unknown, "/items/" + unknown + "/edit")) {
			String html = mvc.perform(get(PAGES + path).with(EDITOR))
				.andExpect(status().isNotFound())
				.andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("text/html")))
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(Jsoup.parse(html).select("h1").text()).isEqualTo("公开信息不存在");
			assertThat(html).contains("没有找到该公开信息（" + unknown + "）。");
		}
	}

	@Test
	void exportsTheFilteredListAsAWorkbookNamedAfterTheTownAndTheDay() throws Exception {
		var budget = published(draft("滨湖镇2016年部门预算公开说明（导出）", category("07")));
		var other = published(draft("滨湖镇2016年部门决算公开说明（导出）", category("07")));

		MvcResult export = mvc.perform(get(PAGES + "/items/export.xlsx").param("text", "预算公开说明（导出）").with(EDITOR))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type",
					"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.andReturn();

		String disposition = export.getResponse().getHeader("Content-Disposition");
		assertThat(URLDecoder.decode(disposition.replaceAll(".*filename\\*=UTF-8''", ""), StandardCharsets.UTF_8))
			.isEqualTo("滨湖镇公开目录-" + LocalDate.now() + ".xlsx");
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(export.getResponse().getContentAsByteArray()))) {
			var sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("索引号");
			assertThat(sheet.getLastRowNum()).isEqualTo(1);
			Row row = sheet.getRow(1);
			assertThat(row.getCell(0).getStringCellValue()).isEqualTo(budget.indexNumber());
			assertThat(row.getCell(1).getStringCellValue()).isEqualTo(budget.title()).isNotEqualTo(other.title());
			assertThat(row.getCell(6).getStringCellValue()).isEqualTo("财政预决算");
			assertThat(row.getCell(13).getStringCellValue()).isEqualTo("已发布");
		}
	}

	private org.springframework.test.web.servlet.ResultActions step(CatalogueItem item, String step,
			RequestPostProcessor who) throws Exception {
		long version = binhu(() -> catalogue.get(item.id())).version();
		return mvc
			.perform(post(PAGES + "/items/" + item.id() + "/" + step).param("version", String.valueOf(version))
				.with(who)
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
	}

	private Document page(RequestBuilder request) throws Exception {
		String html = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		return Jsoup.parse(html);
	}

	private static List<String> titles(Document page) {
		return page.select("tbody tr td a").eachText();
	}

	private static Element row(Document page, String title) {
		return page.select("tbody tr")
			.stream()
			.filter(row -> row.select("a").text().equals(title))
			.findFirst()
			.orElseThrow(() -> new AssertionError(title + " is not listed"));
	}

	/** The 发布期限 cell of an item's row. */
	private static String dueCell(Document page, String title) {
		Element row = row(page, title);
		int column = page.select("thead th").eachText().indexOf("发布期限");
		return row.select("td").get(column).text();
	}

	private static @Nullable String error(Document page, String field) {
		Element error = page.getElementById(field + "-error");
		return (error != null) ? error.text() : null;
	}

	private static MockMultipartFile pdf(String name) {
		return new MockMultipartFile("files", name, "application/pdf", PDF);
	}

	private long total() {
		return binhu(() -> catalogue.list(new ItemQuery(null, null, null, null, null, 0, 1)).total());
	}

	private ItemDraft draft(String title, UUID category) {
		return new ItemDraft(title, PUBLISHER, null, LocalDate.now(), category, Set.of(Channel.WEBSITE), null,
				Validity.IN_FORCE, "", "", "<p>" + title + "</p>", null);
	}

	private CatalogueItem published(ItemDraft draft) {
		return binhu(() -> {
			var item = catalogue.create(draft);
			item = catalogue.submit(item.id(), item.version());
			item = catalogue.approve(item.id(), item.version());
			return catalogue.publish(item.id(), item.version());
		});
	}

	private UUID category(String code) {
		return binhu(() -> find(categories.tree(), code));
	}

	private static UUID find(List<Category> level, String code) {
		for (Category category : level) {
			if (category.code().equals(code)) {
				return category.id();
			}
			try {
				return find(category.children(), code);
			}
			catch (IllegalArgumentException ex) {
				// not in this branch
			}
		}
		throw new IllegalArgumentException(code);
	}

	private <T> T binhu(Supplier<T> work) {
		return tenants.callAs("binhu", work);
	}

}
