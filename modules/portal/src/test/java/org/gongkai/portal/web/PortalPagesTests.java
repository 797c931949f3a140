package org.gongkai.portal.web;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import jakarta.servlet.http.Cookie;
import org.gongkai.disclosure.api.CatalogueItem;
import org.gongkai.disclosure.api.CatalogueService;
import org.gongkai.disclosure.api.CategoryService;
import org.gongkai.disclosure.api.Channel;
import org.gongkai.disclosure.api.ItemDraft;
import org.gongkai.disclosure.api.NewAttachment;
import org.gongkai.disclosure.api.Validity;
import org.gongkai.portal.PortalFixtures;
import org.gongkai.tenancy.api.Tenants;
import org.gongkai.tenancy.api.TownProvisioning;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every portal page as a citizen sees it, in Chinese and in English, against the real
 * PostgreSQL and Redis.
 */
@SpringBootTest(properties = "gongkai.oidc.issuer=http://127.0.0.1:9/realms/gongkai")
@AutoConfigureMockMvc
@Import(PortalFixtures.NoIdentityProvider.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PortalPagesTests {

	static final String TOWN = "/towns/binhu";

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

	PortalFixtures fixtures;

	CatalogueItem notice;

	CatalogueItem budget;

	CatalogueItem withdrawn;

	CatalogueItem draft;

	@BeforeAll
	void binhu() {
		provisioning.provision(PortalFixtures.BINHU);
		fixtures = new PortalFixtures(tenants, catalogue, categories);
		notice = fixtures.publish("binhu",
				new ItemDraft("关于调整农村低保标准的通知", "昌吉市滨湖镇人民政府", "滨政发〔2025〕8号", LocalDate.of(2025, 3, 2),
						fixtures.category("binhu", "0201"), Set.of(Channel.WEBSITE, Channel.NOTICEBOARD), "面向全社会",
						Validity.IN_FORCE, "低保 标准", "农村低保标准调整为每人每月480元", "<p>自2025年4月起，<b>农村低保标准</b>调整为每人每月480元。</p>",
						null),
				new NewAttachment("2025年低保名单.pdf", PortalFixtures.PDF));
		budget = fixtures.publish("binhu", "滨湖镇2026年部门预算公开说明", "07", "<p>部门收支预算。</p>");
		withdrawn = fixtures.publish("binhu", "已撤回的测试通知", "19", "<p>将被撤回。</p>");
		fixtures.withdraw("binhu", withdrawn);
		draft = fixtures.draftOnly("binhu", "尚未公开的草稿信息");
	}

	@Test
	void theCityPageListsItsTownsWithKindStatusAndLinks() throws Exception {
		mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/html"))
			.andExpect(content().string(containsString("<html lang=\"zh-CN\">")))
			.andExpect(content().string(containsString("昌吉市各乡镇（街道）政府信息公开")))
			.andExpect(content().string(containsString("<a href=\"/towns/binhu\">滨湖镇</a>")))
			.andExpect(content().string(containsString("<td>镇</td>")))
			.andExpect(content().string(containsString("正常服务")));
		mvc.perform(get("/").param("lang", "en"))
			.andExpect(content().string(containsString("<html lang=\"en\">")))
			.andExpect(content().string(containsString("Government information of the towns of Changji City")))
			.andExpect(content().string(containsString("In service")));
	}

	@Test
	void aTownsHomeShowsTheLatestItemsTheTreeWithCountsReportsAndHowToApply() throws Exception {
		var latest = fixtures.publish("binhu", "滨湖镇关于开展春季植树活动的通知", "19", "<p>植树。</p>");

		String page = html(TOWN);

		assertThat(page)
			.contains("<title>滨湖镇政府信息公开</title>", "最新公开", latest.title(), "信息公开目录", "年度报告将在此发布", "依申请公开指南",
					"公民、法人或者其他组织", "20个工作日", "信息处理费", "在线申请</a>", "申请查询</a>", "您还可以向滨湖镇人民政府申请获取其他政府信息",
					"到滨湖镇人民政府政府信息公开工作机构", "邮寄至滨湖镇人民政府")
			.doesNotContain("已撤回的测试通知", "尚未公开的草稿信息", "_csrf");
		// 0201 holds the notice; its parent 02 counts it too
		assertThat(page).containsPattern("行政规范性文件</span>\\s*<span class=\"count\">（1）</span>")
			.containsPattern("政策文件</span>\\s*<span class=\"count\">（1）</span>")
			.contains("<label for=\"q\">检索词</label>");
	}

	@Test
	void theLayoutIsAccessible() throws Exception {
		String page = html(TOWN);

		assertThat(page).contains("<a class=\"skip\" href=\"#main\">跳到正文</a>", "<header class=\"site-header\">",
				"<nav class=\"primary\" aria-label=\"网站导航\">", "<nav class=\"breadcrumb\" aria-label=\"当前位置\">",
				"<main id=\"main\" tabindex=\"-1\">", "<footer class=\"site-footer\">",
				"<a href=\"/towns/binhu\" aria-current=\"page\">首页</a>", "<span aria-current=\"page\">滨湖镇</span>",
				"href=\"/css/portal.css\"", "type=\"application/atom+xml\"");
		mvc.perform(get("/css/portal.css")).andExpect(status().isOk());
		// an anonymous visit opens no session: nothing to keep in Redis, nothing per
		// visitor in the page
		mvc.perform(get(TOWN)).andExpect(header().doesNotExist("Set-Cookie"));
	}

	@Test
	void anEnglishSwitchKeepsThePageAndIsRemembered() throws Exception {
		MvcResult english = mvc.perform(get(TOWN + "/search").param("q", "低保").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(cookie().value("gongkai-lang", "en"))
			.andExpect(content().string(containsString("<html lang=\"en\">")))
			.andExpect(content().string(containsString("results for")))
			.andExpect(content()
				.string(containsString("href=\"/towns/binhu/search?q=%E4%BD%8E%E4%BF%9D&amp;lang=zh-CN\"")))
			.andReturn();

		mvc.perform(get(TOWN).cookie(english.getResponse().getCookies()))
			.andExpect(content().string(containsString("Latest publications")))
			.andExpect(content().string(containsString("Annual reports will be published here.")))
			.andExpect(content().string(containsString("Track a request")))
			.andExpect(content().string(containsString("the People&#39;s Government of 滨湖镇")));
		mvc.perform(get(TOWN).cookie(new Cookie("gongkai-lang", "zh-CN")))
			.andExpect(content().string(containsString("最新公开")));
	}

	@Test
	void theCatalogueBrowsesByCategoryWithItsSubCategoriesAndByYear() throws Exception {
		String policies = fixtures.category("binhu", "02").toString();
		int year = budget.publishedOn().getYear();

		assertThat(html(TOWN + "/catalogue?category=" + policies)).contains("关于调整农村低保标准的通知")
			.doesNotContain("滨湖镇2026年部门预算公开说明")
			.contains("共 1 条信息", "<option value=\"" + policies + "\" selected=\"selected\">政策文件</option>");
		String budgets = fixtures.category("binhu", "07").toString();
		assertThat(html(TOWN + "/catalogue?category=" + budgets + "&year=" + year)).contains("滨湖镇2026年部门预算公开说明",
				"<option value=\"" + year + "\" selected=\"selected\">" + year + "年</option>");
		assertThat(html(TOWN + "/catalogue?category=" + budgets + "&year=" + (year - 5))).contains("没有符合条件的信息。");
		assertThat(html(TOWN + "/catalogue?category=not-a-uuid&year=abc&page=-3")).contains("共", "条信息");
	}

	@Test
	void theCatalogueHasTwentyItemsAPageWithPageLinks() throws Exception {
		String category = fixtures.category("binhu", "20").toString();
		for (int i = 1; i <= 21; i++) {
			fixtures.publish("binhu", "建议提案办理情况第" + i + "号", "20", "<p>答复。</p>");
		}

		String first = html(TOWN + "/catalogue?category=" + category);
		String second = html(TOWN + "/catalogue?category=" + category + "&page=2");

		assertThat(first)
			.contains("共 21 条信息", "第1页，共2页", "下一页", "aria-label=\"分页\"",
					"href=\"/towns/binhu/catalogue?category=" + category + "&amp;page=2\" rel=\"next\"")
			.doesNotContain("上一页");
		assertThat(first.split("建议提案办理情况第", -1)).hasSize(21);
		assertThat(second).contains("上一页", "第2页，共2页", "建议提案办理情况第1号").doesNotContain("下一页");
		assertThat(second.split("建议提案办理情况第", -1)).hasSize(2);
	}

	@Test
	void anItemShowsItsMetadataBodyAndAttachments() throws Exception {
		String page = html(TOWN + "/items/" + notice.id());

		assertThat(page).contains("<th scope=\"row\">索引号</th>", "<td>" + notice.indexNumber() + "</td>",
				"<th scope=\"row\">信息名称</th>", "<th scope=\"row\">发布机构</th>", "<td>昌吉市滨湖镇人民政府</td>",
				"<th scope=\"row\">发文字号</th>", "<td>滨政发〔2025〕8号</td>", "<th scope=\"row\">成文日期</th>",
				"<td>2025年3月2日</td>", "<th scope=\"row\">发布日期</th>", "<td>" + chinese(notice.publishedOn()) + "</td>",
				"<th scope=\"row\">目录分类</th>", "<td>行政规范性文件</td>", "<th scope=\"row\">公开方式</th>", "<td>政府网站、公开栏</td>",
				"<th scope=\"row\">公开范围</th>", "<td>面向全社会</td>", "<th scope=\"row\">有效性</th>", "<td>现行有效</td>",
				"<th scope=\"row\">关键词</th>", "<td>低保 标准</td>", "<th scope=\"row\">内容概述</th>",
				"<td>农村低保标准调整为每人每月480元</td>", "<p>自2025年4月起，<b>农村低保标准</b>调整为每人每月480元。</p>", "2025年低保名单.pdf",
				"<span aria-current=\"page\">关于调整农村低保标准的通知</span>");
		assertThat(html(TOWN + "/items/" + notice.id() + "?lang=en")).contains("<td>2 March 2025</td>",
				"<th scope=\"row\">Index number</th>", "<td>Government website, Noticeboard</td>");

		String attachment = notice.attachments().get(0).id().toString();
		mvc.perform(get(TOWN + "/items/" + notice.id() + "/attachments/" + attachment))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("Content-Disposition",
					containsString("filename*=UTF-8''2025%E5%B9%B4%E4%BD%8E%E4%BF%9D%E5%90%8D%E5%8D%95.pdf")))
			.andExpect(content().bytes(PortalFixtures.PDF));
		assertThat(page).contains("href=\"/towns/binhu/items/" + notice.id() + "/attachments/" + attachment + "\"");
	}

	@Test
	void withdrawnDraftAndUnknownThingsAnswerAFriendly404() throws Exception {
		for (String path : new String[] { TOWN + "/items/" + withdrawn.id(), TOWN + "/items/" + draft.id(),
				TOWN + "/items/00000000-0000-0000-0000-000000000000", TOWN + "/items/not-an-id",
				TOWN + "/items/" + withdrawn.id() + "/attachments/" + notice.attachments().get(0).id(),
				TOWN + "/nothing/here", "/towns/nosuchtown", "/towns/nosuchtown/catalogue" }) {
			mvc.perform(get(path))
				.andExpect(status().isNotFound())
				.andExpect(content().contentTypeCompatibleWith("text/html"))
				.andExpect(content().string(containsString("页面不存在")))
				.andExpect(content().string(containsString("<a class=\"skip\" href=\"#main\">")))
				.andExpect(content().string(not(containsString("已撤回的测试通知"))));
		}
		mvc.perform(get(TOWN + "/items/" + withdrawn.id()).param("lang", "en"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("Page not found")));
	}

	@Test
	void searchMarksTheWordsFoundAndKeepsItsFilters() throws Exception {
		String found = html(TOWN + "/search?q=低保");

		assertThat(found)
			.contains("“低保”共找到 1 条结果", "<mark>低保</mark>", "<label for=\"q\">检索词</label>", "value=\"低保\"",
					"<label for=\"category\">分类</label>", "<label for=\"year\">年份</label>",
					"href=\"/towns/binhu/items/" + notice.id() + "\"")
			.contains("关于调整农村<mark>低保</mark>标准的通知");
		assertThat(html(TOWN + "/search?q=低保&category=" + fixtures.category("binhu", "07"))).contains("“低保”共找到 0 条结果",
				"没有找到相关信息");
		assertThat(html(TOWN + "/search")).contains("请输入要查找的信息名称、文号或关键词。").doesNotContain("共找到");
		assertThat(html(TOWN + "/search?q=<script>alert(1)</script>")).doesNotContain("<script>alert(1)</script>")
			.contains("&lt;script&gt;");
		assertThat(html(TOWN + "/search?q=不存在的内容")).contains("没有找到相关信息");
	}

	@Test
	void theAtomFeedIsWellFormedAndEscapesTitles() throws Exception {
		var tricky = fixtures.publish("binhu", "关于<公开>“A&B”事项的通知", "19", "<p>测试转义。</p>");

		MvcResult result = mvc.perform(get(TOWN + "/feed.atom"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("application/atom+xml"))
			.andReturn();
		Document feed = parse(result);

		Element root = feed.getDocumentElement();
		assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
		assertThat(root.getLocalName()).isEqualTo("feed");
		assertThat(text(root, "title")).isEqualTo("滨湖镇政府信息公开");
		NodeList entries = root.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
		assertThat(entries.getLength()).isBetween(3, 50);
		assertThat(body(result))
			.contains("关于&lt;公开&gt;“A&amp;B”事项的通知", "urn:uuid:" + notice.id(),
					"http://localhost/towns/binhu/items/" + tricky.id())
			.doesNotContain("已撤回的测试通知");
		boolean found = false;
		for (int i = 0; i < entries.getLength(); i++) {
			found |= text((Element) entries.item(i), "title").equals("关于<公开>“A&B”事项的通知");
		}
		assertThat(found).isTrue();
	}

	@Test
	void sitemapsListTheTownsPagesAndItemsAndRobotsPointsToThem() throws Exception {
		MvcResult town = mvc.perform(get(TOWN + "/sitemap.xml"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("application/xml"))
			.andReturn();
		Document sitemap = parse(town);
		assertThat(sitemap.getDocumentElement().getNamespaceURI())
			.isEqualTo("http://www.sitemaps.org/schemas/sitemap/0.9");
		assertThat(body(town))
			.contains("<loc>http://localhost/towns/binhu</loc>", "<loc>http://localhost/towns/binhu/catalogue</loc>",
					"<loc>http://localhost/towns/binhu/items/" + notice.id() + "</loc>")
			.doesNotContain(withdrawn.id().toString(), draft.id().toString());

		MvcResult index = mvc.perform(get("/sitemap.xml")).andExpect(status().isOk()).andReturn();
		assertThat(parse(index).getDocumentElement().getLocalName()).isEqualTo("sitemapindex");
		assertThat(body(index)).contains("<loc>http://localhost/towns/binhu/sitemap.xml</loc>");

		mvc.perform(get("/robots.txt"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/plain"))
			.andExpect(content().string(containsString("Sitemap: http://localhost/sitemap.xml")))
			.andExpect(content().string(containsString("Disallow: /staff/")));
	}

	/** The page, which must be HTML with every message argument filled in. */
	private String html(String path) throws Exception {
		String page = mvc.perform(get(path))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/html"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).doesNotContainPattern("\\{\\d").doesNotContain("??portal.");
		return page;
	}

	private static String chinese(LocalDate date) {
		return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
	}

	private static String body(MvcResult result) throws Exception {
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private static Document parse(MvcResult result) throws Exception {
		var factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		return factory.newDocumentBuilder()
			.parse(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()));
	}

	private static String text(Element parent, String name) {
		return parent.getElementsByTagNameNS("http://www.w3.org/2005/Atom", name).item(0).getTextContent();
	}

}
