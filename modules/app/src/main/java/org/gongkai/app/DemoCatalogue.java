package org.gongkai.app;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.disclosure.api.CatalogueItem;
import org.gongkai.disclosure.api.CatalogueService;
import org.gongkai.disclosure.api.CatalogueSheets;
import org.gongkai.disclosure.api.Category;
import org.gongkai.disclosure.api.CategoryService;
import org.gongkai.disclosure.api.Channel;
import org.gongkai.disclosure.api.ItemDraft;
import org.gongkai.disclosure.api.ItemQuery;
import org.gongkai.disclosure.api.NewAttachment;
import org.gongkai.disclosure.api.Validity;
import org.gongkai.tenancy.api.Tenants;
import org.gongkai.tenancy.api.Town;
import org.gongkai.tenancy.api.TownRegistry;
import org.gongkai.tenancy.api.TownStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * A catalogue in every demo town, so a newcomer sees the portal and the staff screens
 * working at once: ten published items per town from {@code demo/catalogue.csv} through
 * the legacy import, 滨湖镇's real 2016 annual report (the document this product started
 * from), and in the two towns with staff accounts items in every state of the workflow,
 * put through the real steps.
 */
@Component
@Order(2)
class DemoCatalogue implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoCatalogue.class);

	private final DemoProperties properties;

	private final TownRegistry registry;

	private final Tenants tenants;

	private final CategoryService categories;

	private final CatalogueService catalogue;

	private final CatalogueSheets sheets;

	DemoCatalogue(DemoProperties properties, TownRegistry registry, Tenants tenants, CategoryService categories,
			CatalogueService catalogue, CatalogueSheets sheets) {
		this.properties = properties;
		this.registry = registry;
		this.tenants = tenants;
		this.categories = categories;
		this.catalogue = catalogue;
		this.sheets = sheets;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!properties.enabled()) {
			return;
		}
		String template = resource("demo/catalogue.csv").lines()
			.filter(line -> !line.startsWith("#"))
			.collect(Collectors.joining("\n"));
		for (Town town : registry.all()) {
			if (town.status() == TownStatus.ACTIVE
					&& DemoCity.towns().stream().anyMatch(t -> t.code().equals(town.code()))) {
				tenants.runAs(town.code(), () -> seed(town, template));
			}
		}
	}

	private void seed(Town town, String template) {
		if (catalogue.list(new ItemQuery(null, null, null, null, null, 0, 1)).total() > 0) {
			return;
		}
		String csv = template.replace("{town}", town.name()).replace("{short}", town.name().substring(0, 1));
		var report = sheets.importSheet("demo-catalogue.csv",
				new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), false);
		if (!report.problems().isEmpty()) {
			throw new IllegalStateException(
					"Demo catalogue of " + town.code() + " does not import: " + report.problems());
		}
		if (town.code().equals("binhu")) {
			importReport2016();
		}
		if (town.code().equals("binhu") || town.code().equals("liugong")) {
			workflow(town);
		}
		log.info("Demo catalogue: {} items in {}",
				catalogue.list(new ItemQuery(null, null, null, null, null, 0, 1)).total(), town.code());
	}

	/** The real 2016 report, as the town published it on 27 February 2017. */
	private void importReport2016() {
		String text = resource("demo/binhu-2016-report.txt");
		String body = text.substring(text.indexOf("滨湖镇2016年度政府信息公开工作年度报告根据"))
			.lines()
			.map(String::strip)
			.filter(line -> !line.isEmpty())
			.map(line -> "<p>" + line.replace("<", "&lt;") + "</p>")
			.collect(Collectors.joining());
		String csv = "信息名称,发布机构,成文日期,发布日期,目录分类,公开方式,关键词,内容概述,正文\n"
				+ "昌吉市滨湖镇2016年政府信息公开工作年度报告,昌吉市滨湖镇人民政府,2017-02-20,2017-02-27,政府信息公开年报,政府网站,年度报告 2016年,"
				+ "\"2016年主动公开政府信息310条，其中政府网站101条\",\"" + body.replace("\"", "\"\"") + "\"";
		sheets.importSheet("binhu-2016.csv", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), false);
	}

	/**
	 * One item in each state a clerk meets: published with an attachment, published and
	 * since corrected, submitted and waiting for the reviewer, a draft, one scheduled for
	 * next Monday's office hours, and one withdrawn.
	 */
	private void workflow(Town town) {
		String publisher = town.authority();
		String prefix = town.name().substring(0, 1);
		var published = published(new ItemDraft(town.name() + "2026年第三季度城乡低保资金发放情况公示", publisher, null,
				LocalDate.now().minusDays(5), category("18"), EnumSet.of(Channel.WEBSITE, Channel.NOTICEBOARD), null,
				Validity.IN_FORCE, "低保 资金发放", "第三季度城乡低保对象、保障金额及发放情况",
				"<p>现将2026年第三季度城乡低保资金发放情况公示如下，公示期7天。</p><p>明细见附件。</p>", null),
				List.of(new NewAttachment("2026年第三季度低保资金发放明细.xlsx", allowanceSheet())));
		var corrected = published(
				new ItemDraft("关于调整" + town.name() + "冬季供暖收费标准的通知", publisher, prefix + "政发〔2026〕21号",
						LocalDate.now().minusDays(12), category("0202"), EnumSet.of(Channel.WEBSITE), null,
						Validity.IN_FORCE, "供暖 收费", "居民供暖收费标准及缴费时间", "<p>居民供暖费按建筑面积每平方米每月4.2元收取。</p>", null),
				List.of());
		catalogue.update(corrected.id(), corrected.version(),
				new ItemDraft(corrected.title(), publisher, corrected.documentNumber(), corrected.formedOn(),
						corrected.categoryId(), corrected.channels(), null, Validity.IN_FORCE, "供暖 收费", "居民供暖收费标准及缴费时间",
						"<p>居民供暖费按建筑面积每平方米每月4.0元收取，低保户减半收取。</p>", null),
				"收费标准数字有误，并补充低保户减免规定");
		var submitted = catalogue
			.create(new ItemDraft(town.name() + "2026年农村人居环境整治工作方案", publisher, prefix + "政发〔2026〕24号",
					LocalDate.now().minusDays(3), category("03"), EnumSet.of(Channel.WEBSITE), null, Validity.IN_FORCE,
					"人居环境", "垃圾分类、厕所改造和村容村貌提升的目标任务", "<p>一、工作目标。到2026年底，全镇农村生活垃圾收运处置体系覆盖所有行政村。</p>", null));
		catalogue.submit(submitted.id(), submitted.version());
		catalogue.create(new ItemDraft(town.name() + "2027年部门预算（草稿）", publisher, null, LocalDate.now(), category("07"),
				EnumSet.of(Channel.WEBSITE), null, Validity.IN_FORCE, "预算", "", "<p>待财政所提供数据。</p>", null));
		var scheduled = reviewed(new ItemDraft("关于" + town.name() + "2027年元旦期间值班安排的通知", publisher, null,
				LocalDate.now().minusDays(1), category("19"), EnumSet.of(Channel.WEBSITE, Channel.NEW_MEDIA), null,
				Validity.IN_FORCE, "值班", "元旦假期值班人员及联系电话", "<p>值班电话：0994-2345678。</p>", null), List.of());
		catalogue.publish(scheduled.id(), scheduled.version(), Instant.now().plus(7, ChronoUnit.DAYS));
		var withdrawn = published(new ItemDraft(town.name() + "2026年公益性岗位招聘公告", publisher, null,
				LocalDate.now().minusDays(20), category("14"), EnumSet.of(Channel.WEBSITE), null, Validity.IN_FORCE,
				"招聘", "", "<p>招聘公益性岗位人员5名。</p>", null), List.of());
		catalogue.withdraw(withdrawn.id(), withdrawn.version(), "招聘条件有误，修改后重新发布");
		log.debug("Demo workflow items in {}: {}", town.code(), published.title());
	}

	private CatalogueItem reviewed(ItemDraft draft, List<NewAttachment> files) {
		CatalogueItem item = catalogue.create(draft, files);
		item = catalogue.submit(item.id(), item.version());
		return catalogue.approve(item.id(), item.version());
	}

	private CatalogueItem published(ItemDraft draft, List<NewAttachment> files) {
		CatalogueItem item = reviewed(draft, files);
		return catalogue.publish(item.id(), item.version());
	}

	private UUID category(String code) {
		return find(categories.tree(), code).id();
	}

	private static Category find(List<Category> level, String code) {
		for (Category category : level) {
			if (category.code().equals(code)) {
				return category;
			}
			if (code.startsWith(category.code())) {
				return find(category.children(), code);
			}
		}
		throw new IllegalStateException("No category " + code + " in the standard tree");
	}

	private static byte[] allowanceSheet() {
		try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
			var sheet = workbook.createSheet("低保资金发放明细");
			String[][] rows = { { "村（社区）", "户数", "人数", "发放金额（元）" }, { "滨湖村", "23", "51", "68,850" },
					{ "新湖村", "17", "36", "48,600" }, { "合计", "40", "87", "117,450" } };
			for (int r = 0; r < rows.length; r++) {
				var row = sheet.createRow(r);
				for (int c = 0; c < rows[r].length; c++) {
					row.createCell(c).setCellValue(rows[r][c]);
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String resource(String path) {
		try {
			return new ClassPathResource(path).getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + path, ex);
		}
	}

}
