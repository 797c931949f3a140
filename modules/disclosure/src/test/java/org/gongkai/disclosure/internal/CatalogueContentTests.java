package org.gongkai.disclosure.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.gongkai.disclosure.api.CatalogueEvent;
import org.gongkai.disclosure.api.CatalogueItem;
import org.gongkai.disclosure.api.CatalogueService;
import org.gongkai.disclosure.api.CatalogueSheets;
import org.gongkai.disclosure.api.Category;
import org.gongkai.disclosure.api.CategoryService;
import org.gongkai.disclosure.api.Channel;
import org.gongkai.disclosure.api.ItemDraft;
import org.gongkai.disclosure.api.ItemException;
import org.gongkai.disclosure.api.ItemQuery;
import org.gongkai.disclosure.api.ItemState;
import org.gongkai.disclosure.api.NewAttachment;
import org.gongkai.disclosure.api.PublicCatalogue;
import org.gongkai.disclosure.api.SearchHit;
import org.gongkai.disclosure.api.Validity;
import org.gongkai.tenancy.api.Tenants;
import org.gongkai.tenancy.api.TownProvisioning;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.gongkai.disclosure.internal.DisclosureFixtures.staff;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What an item carries and how it is found: rich text, attachments checked by content,
 * revisions, timed transitions, on-time counts and Chinese full-text search.
 */
@SpringBootTest(properties = "gongkai.oidc.issuer=http://127.0.0.1:9/realms/gongkai")
@AutoConfigureMockMvc
@Import(DisclosureFixtures.NoIdentityProvider.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@RecordApplicationEvents
class CatalogueContentTests {

	static final String ITEMS = "/api/v1/towns/binhu/items";

	static final RequestPostProcessor EDITOR = staff("binhu-editor", "ROLE_town-editor", "TOWN_binhu");

	static final RequestPostProcessor REVIEWER = staff("binhu-reviewer", "ROLE_town-reviewer", "TOWN_binhu");

	static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes(StandardCharsets.US_ASCII);

	/** The first bytes of a Windows program. */
	static final byte[] EXE = { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0 };

	@Autowired
	MockMvc mvc;

	@Autowired
	TownProvisioning provisioning;

	@Autowired
	Tenants tenants;

	@Autowired
	CatalogueService catalogue;

	@Autowired
	PublicCatalogue portal;

	@Autowired
	CategoryService categories;

	@Autowired
	CatalogueSheets sheets;

	@Autowired
	ApplicationEvents events;

	UUID category;

	@BeforeAll
	void town() {
		provisioning.provision(DisclosureFixtures.BINHU);
		category = binhu(() -> categories.tree()
			.stream()
			.filter(c -> c.code().equals("21"))
			.map(Category::id)
			.findFirst()
			.orElseThrow());
	}

	@Test
	void searchFindsChineseByCharacterPairsAndNumbersAndLatinWords() {
		var report = published("滨湖镇2016年政府信息公开工作年度报告", "<p>本报告由滨湖镇人民政府编制，数据统计期限为2016年1月1日至12月31日。</p>", "年度报告");
		var wifi = published("镇政府便民服务大厅开通免费WiFi", "<p>大厅已开通免费 WiFi 网络，方便群众办事。</p>", "");
		var withdrawn = published("已撤回的公开信息测试", "<p>这条信息将被撤回。</p>", "");
		binhu(() -> catalogue.withdraw(withdrawn.id(), withdrawn.version(), "测试撤回"));

		assertThat(ids(search("公开"))).contains(report.id()).doesNotContain(withdrawn.id());
		assertThat(ids(search("2016年"))).contains(report.id());
		assertThat(ids(search("wifi"))).contains(wifi.id()).doesNotContain(report.id());
		assertThat(ids(search("信息公开 年度"))).contains(report.id());
		assertThat(search("不存在的内容")).isEmpty();
		assertThat(search("，。！")).isEmpty();

		SearchHit hit = search("公开").stream().filter(h -> h.item().id().equals(report.id())).findFirst().orElseThrow();
		assertThat(hit.titleHtml()).isEqualTo("滨湖镇2016年政府信息<mark>公开</mark>工作年度报告");
		assertThat(search("统计期限").get(0).snippetHtml()).contains("<mark>统计期限</mark>");
		// pages beyond the ranked candidates are in date order, counted the same
		var deep = binhu(() -> portal.search("公开", null, null, 200, 10));
		assertThat(deep.content()).isEmpty();
		assertThat(deep.total()).isEqualTo(binhu(() -> portal.search("公开", null, null, 0, 10)).total());
	}

	@Test
	void theYearsWithPublicItemsAreListedNewestFirst() {
		String csv = """
				信息名称,发布机构,成文日期,发布日期,目录分类
				滨湖镇2016年政府信息公开工作年度报告,昌吉市滨湖镇人民政府,2017-02-20,2017-02-27,政府信息公开年报
				滨湖镇2019年政府信息公开工作年度报告,昌吉市滨湖镇人民政府,2020-01-20,2020-01-31,政府信息公开年报
				""";
		binhu(() -> sheets.importSheet("years.csv",
				new java.io.ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), false));
		published("今年发布的信息", "<p>正文</p>", "");

		assertThat(binhu(portal::years)).containsSubsequence(LocalDate.now().getYear(), 2020, 2017)
			.isSortedAccordingTo(java.util.Comparator.reverseOrder())
			.doesNotHaveDuplicates();
	}

	@Test
	void aScriptInTheBodyIsRefusedWithAClearMessageAndNothingIsSaved() throws Exception {
		long before = drafts();

		mvc.perform(post(ITEMS).with(EDITOR)
			.contentType(MediaType.APPLICATION_JSON)
			.content(draftJson("<p>通知</p><script>alert(document.cookie)</script>")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.body").value("“正文”含有脚本或其他可执行内容，请删除后再保存。"));
		mvc.perform(post(ITEMS).with(EDITOR)
			.contentType(MediaType.APPLICATION_JSON)
			.content(draftJson("<p onclick=\\\"steal()\\\">通知</p><a href=\\\"javascript:steal()\\\">链接</a>")))
			.andExpect(status().isBadRequest());

		assertThat(drafts()).isEqualTo(before);
	}

	@Test
	void officeFormattingIsTidiedButTheTextAndItsStructureAreKept() throws Exception {
		mvc.perform(post(ITEMS).with(EDITOR)
			.contentType(MediaType.APPLICATION_JSON)
			.content(draftJson(
					"<p class=\\\"MsoNormal\\\" style=\\\"margin:0\\\">一、<b>低保标准</b><o:p></o:p></p><table><tr><td colspan=\\\"2\\\">每人每月</td></tr></table>")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.body")
				.value("<p>一、<b>低保标准</b></p><table><tbody><tr><td colspan=\"2\">每人每月</td></tr></tbody></table>"));
	}

	@Test
	void attachmentsAreCheckedByContentAndSizeAndDownloadUnderTheirChineseName() throws Exception {
		String created = mvc
			.perform(post(ITEMS).with(EDITOR).contentType(MediaType.APPLICATION_JSON).content(draftJson("<p>附件见下</p>")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String id = JsonPath.read(created, "$.id");

		String attached = mvc
			.perform(multipart(ITEMS + "/" + id + "/attachments")
				.file(new MockMultipartFile("file", "2016年低保名单.pdf", "application/pdf", PDF))
				.param("version", "0")
				.with(EDITOR))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.attachments[0].fileName").value("2016年低保名单.pdf"))
			.andExpect(jsonPath("$.attachments[0].type").value("PDF"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String attachment = JsonPath.read(attached, "$.attachments[0].id");
		int version = JsonPath.read(attached, "$.version");

		mvc.perform(get(ITEMS + "/" + id + "/attachments/" + attachment).with(EDITOR))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("Content-Disposition",
					containsString("filename*=UTF-8''2016%E5%B9%B4%E4%BD%8E%E4%BF%9D%E5%90%8D%E5%8D%95.pdf")));

		mvc.perform(multipart(ITEMS + "/" + id + "/attachments")
			.file(new MockMultipartFile("file", "通知.pdf", "application/pdf", EXE))
			.param("version", String.valueOf(version))
			.with(EDITOR))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", containsString("附件“通知.pdf”的内容不是其扩展名所示的格式")));
		mvc.perform(multipart(ITEMS + "/" + id + "/attachments")
			.file(new MockMultipartFile("file", "程序.exe", "application/octet-stream", EXE))
			.param("version", String.valueOf(version))
			.with(EDITOR)).andExpect(status().isBadRequest());
		byte[] oversize = new byte[1024 * 1024 + 1];
		System.arraycopy(PDF, 0, oversize, 0, PDF.length);
		mvc.perform(multipart(ITEMS + "/" + id + "/attachments")
			.file(new MockMultipartFile("file", "扫描件.pdf", "application/pdf", oversize))
			.param("version", String.valueOf(version))
			.header("Accept-Language", "en")
			.with(EDITOR))
			.andExpect(status().isPayloadTooLarge())
			.andExpect(jsonPath("$.detail").value("\"扫描件.pdf\" is larger than the 1 MB limit. Nothing was saved."));

		mvc.perform(get(ITEMS + "/" + id).with(EDITOR))
			.andExpect(jsonPath("$.attachments.length()").value(1))
			.andExpect(jsonPath("$.version").value(version));
	}

	@Test
	void filesStayAsTheReviewerSawThemUntilPublication() {
		var submitted = binhu(() -> {
			var item = catalogue.create(draft("关于做好2016年农村低保工作的通知（附件）", "<p>附件见下</p>", ""),
					List.of(new NewAttachment("2016年低保名单.pdf", PDF)));
			return catalogue.submit(item.id(), item.version());
		});

		assertThatExceptionOfType(ItemException.class)
			.isThrownBy(() -> binhu(() -> catalogue.attach(submitted.id(), submitted.version(),
					new NewAttachment("2016年低保名单（更正）.pdf", PDF))))
			.satisfies(ex -> assertThat(ex.getStatusCode().value()).isEqualTo(409));
		assertThatExceptionOfType(ItemException.class).isThrownBy(() -> binhu(
				() -> catalogue.detach(submitted.id(), submitted.version(), submitted.attachments().get(0).id())));
		assertThat(binhu(() -> catalogue.get(submitted.id())).attachments()).hasSize(1);
	}

	@Test
	void anItemAndItsFilesAreSavedTogetherOrNotAtAll() {
		long before = binhu(() -> catalogue.list(query(null)).total());

		assertThatExceptionOfType(ItemException.class)
			.isThrownBy(() -> binhu(() -> catalogue.create(draft("文件不对的信息", "<p>正文</p>", ""),
					List.of(new NewAttachment("附件一.pdf", PDF), new NewAttachment("附件二.docx", EXE)))))
			.satisfies(ex -> assertThat(ex.fieldErrors()).containsKey("attachments"));

		assertThat(binhu(() -> catalogue.list(query(null)).total())).isEqualTo(before);
	}

	@Test
	void editingAPublishedItemKeepsTheEarlierTextAsARevision() throws Exception {
		var item = published("关于调整农村低保标准的通知", "<p>每人每月450元。</p>", "低保");
		String edit = """
				{"version":%d,"note":%s,"item":{"title":"关于调整农村低保标准的通知（更正）","publisher":"昌吉市滨湖镇人民政府",
				 "formedOn":"%s","categoryId":"%s","channels":["WEBSITE"],"validity":"IN_FORCE","body":"<p>每人每月480元。</p>"}}
				""";

		mvc.perform(put(ITEMS + "/" + item.id()).with(REVIEWER)
			.contentType(MediaType.APPLICATION_JSON)
			.content(edit.formatted(item.version(), "null", item.formedOn(), category)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.note").value("修改已发布的信息须填写“修改说明”。"));
		mvc.perform(put(ITEMS + "/" + item.id()).with(REVIEWER)
			.contentType(MediaType.APPLICATION_JSON)
			.content(edit.formatted(item.version(), "\"标准金额有误\"", item.formedOn(), category)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.revision").value(2))
			.andExpect(jsonPath("$.state").value("PUBLISHED"))
			.andExpect(jsonPath("$.indexNumber").value(item.indexNumber()));

		mvc.perform(get(ITEMS + "/" + item.id() + "/revisions").with(EDITOR))
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].revision").value(1))
			.andExpect(jsonPath("$[0].title").value("关于调整农村低保标准的通知"))
			.andExpect(jsonPath("$[0].body").value("<p>每人每月450元。</p>"))
			.andExpect(jsonPath("$[0].replacedBy").value("binhu-reviewer"))
			.andExpect(jsonPath("$[0].note").value("标准金额有误"));
		assertThat(events.stream(CatalogueEvent.Revised.class)).anySatisfy(e -> {
			assertThat(e.itemId()).isEqualTo(item.id());
			assertThat(e.revision()).isEqualTo(2);
		});
		assertThat(ids(search("480元"))).contains(item.id());
	}

	@Test
	void scheduledItemsGoOutWhenTheirTimeComesAndExpiredOnesStayReadable() throws Exception {
		var scheduled = reviewed(draft("镇人大主席团公告", "<p>定时发布的公告。</p>", ""));
		var expiring = reviewed(new ItemDraft("2026年防汛应急预案", "昌吉市滨湖镇人民政府", null, LocalDate.now().minusDays(10),
				category, Set.of(Channel.WEBSITE), null, Validity.IN_FORCE, "", "", "<p>预案</p>", LocalDate.now()));

		var waiting = binhu(
				() -> catalogue.publish(scheduled.id(), scheduled.version(), Instant.now().plusMillis(800)));
		binhu(() -> catalogue.publish(expiring.id(), expiring.version()));
		assertThat(waiting.state()).isEqualTo(ItemState.SCHEDULED);
		assertThat(waiting.indexNumber()).isNull();
		assertThat(binhu(() -> portal.item(scheduled.id()))).isEmpty();

		Thread.sleep(1000);
		binhu(catalogue::runDueTransitions);

		var out = binhu(() -> catalogue.get(scheduled.id()));
		assertThat(out.state()).isEqualTo(ItemState.PUBLISHED);
		assertThat(out.indexNumber()).isNotNull();
		assertThat(binhu(() -> portal.item(scheduled.id()))).isPresent();
		var expired = binhu(() -> portal.item(expiring.id())).orElseThrow();
		assertThat(expired.state()).isEqualTo(ItemState.EXPIRED);
		assertThat(expired.validity()).isEqualTo(Validity.EXPIRED);
		assertThat(events.stream(CatalogueEvent.Published.class)).anyMatch(e -> e.itemId().equals(scheduled.id()));
		assertThat(events.stream(CatalogueEvent.Expired.class)).anyMatch(e -> e.itemId().equals(expiring.id()));
	}

	@Test
	void publicationsAreCountedOnTimeOrLateAgainstTwentyWorkingDays() {
		int year = LocalDate.now().getYear();
		var before = binhu(() -> catalogue.timeliness(year));
		var late = reviewed(new ItemDraft("迟到的公开信息", "昌吉市滨湖镇人民政府", null, LocalDate.now().minusDays(60), category,
				Set.of(Channel.WEBSITE), null, Validity.IN_FORCE, "", "", "", null));
		var onTime = reviewed(draft("及时的公开信息", "", ""));
		binhu(() -> catalogue.publish(late.id(), late.version()));
		binhu(() -> catalogue.publish(onTime.id(), onTime.version()));

		var after = binhu(() -> catalogue.timeliness(year));
		assertThat(after.late() - before.late()).isEqualTo(1);
		assertThat(after.onTime() - before.onTime()).isEqualTo(1);
		assertThat(binhu(() -> catalogue.get(late.id())).late()).isTrue();
	}

	private List<SearchHit> search(String text) {
		return binhu(() -> portal.search(text, null, null, 0, 50)).content();
	}

	private static List<UUID> ids(List<SearchHit> hits) {
		return hits.stream().map(hit -> hit.item().id()).toList();
	}

	private long drafts() {
		return binhu(() -> catalogue.list(query(ItemState.DRAFT)).total());
	}

	private static ItemQuery query(@Nullable ItemState state) {
		return new ItemQuery(state, null, null, null, null, 0, 1);
	}

	private String draftJson(String body) {
		return """
				{"title":"关于做好2016年农村低保工作的通知","publisher":"昌吉市滨湖镇人民政府","formedOn":"2026-11-02",
				 "categoryId":"%s","channels":["WEBSITE"],"validity":"IN_FORCE","body":"%s"}
				""".formatted(category, body);
	}

	private ItemDraft draft(String title, String body, String keywords) {
		return new ItemDraft(title, "昌吉市滨湖镇人民政府", null, LocalDate.now(), category, Set.of(Channel.WEBSITE), null,
				Validity.IN_FORCE, keywords, "", body, null);
	}

	private CatalogueItem reviewed(ItemDraft draft) {
		return binhu(() -> {
			var item = catalogue.create(draft);
			item = catalogue.submit(item.id(), item.version());
			return catalogue.approve(item.id(), item.version());
		});
	}

	private CatalogueItem published(String title, String body, String keywords) {
		var item = reviewed(draft(title, body, keywords));
		return binhu(() -> catalogue.publish(item.id(), item.version()));
	}

	private <T> T binhu(java.util.function.Supplier<T> work) {
		return tenants.callAs("binhu", work);
	}

}
