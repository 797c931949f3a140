package org.gongkai.disclosure.internal;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.gongkai.calendar.api.WorkingDayCalendar;
import org.gongkai.disclosure.api.CatalogueEvent;
import org.gongkai.disclosure.api.CatalogueItem;
import org.gongkai.disclosure.api.CatalogueService;
import org.gongkai.disclosure.api.CatalogueSheets;
import org.gongkai.disclosure.api.Category;
import org.gongkai.disclosure.api.CategoryService;
import org.gongkai.disclosure.api.ImportReport;
import org.gongkai.disclosure.api.ItemQuery;
import org.gongkai.tenancy.api.AuditRecord;
import org.gongkai.tenancy.api.AuditTrail;
import org.gongkai.tenancy.api.Tenants;
import org.gongkai.tenancy.api.TownProvisioning;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A legacy catalogue imported: published items with their own dates and 索引号, the
 * publication due date worked out by the calendar, each one audited and announced, the
 * categories found by name or code.
 */
@SpringBootTest(properties = "gongkai.oidc.issuer=http://127.0.0.1:9/realms/gongkai")
@AutoConfigureMockMvc
@Import(DisclosureFixtures.NoIdentityProvider.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@RecordApplicationEvents
class CatalogueImportTests {

	static final String HEADER = "索引号,信息名称,发布机构,发文字号,成文日期,发布日期,目录分类,公开方式,有效性\n";

	@Autowired
	TownProvisioning provisioning;

	@Autowired
	Tenants tenants;

	@Autowired
	CatalogueSheets sheets;

	@Autowired
	CatalogueService catalogue;

	@Autowired
	CategoryService categories;

	@Autowired
	WorkingDayCalendar calendar;

	@Autowired
	AuditTrail audit;

	@Autowired
	MessageSource messages;

	@Autowired
	ApplicationEvents events;

	@BeforeAll
	void town() {
		provisioning.provision(DisclosureFixtures.BINHU);
	}

	@Test
	void rowsArriveAsPublishedItemsAuditedAndAnnounced() {
		ImportReport report = importCsv(HEADER
				+ "11652301752301009G/2016-00301,关于公布2016年度五保供养对象的通知,滨湖镇人民政府,滨政发〔2016〕21号,2016-04-01,2016-06-20,18,,\n"
				+ ",滨湖镇2016年第一季度安全生产检查情况通报,滨湖镇安全生产办公室,,2016-04-05,2016-04-08,监督检查,公开栏,已废止\n", false);

		assertThat(report.problems()).isEmpty();
		assertThat(report.imported()).isEqualTo(2);
		CatalogueItem fiveGuarantees = titled("关于公布2016年度五保供养对象的通知");
		assertThat(fiveGuarantees.categoryId()).as("category by code").isEqualTo(category("18"));
		assertThat(fiveGuarantees.publicationDue())
			.isEqualTo(calendar.deadline(LocalDate.of(2016, 4, 1), 20).deadline());
		assertThat(fiveGuarantees.late()).as("published long after its due date").isTrue();
		assertThat(fiveGuarantees.channels()).as("a blank 公开方式 is the website")
			.extracting(Enum::name)
			.containsExactly("WEBSITE");
		assertThat(fiveGuarantees.reviewNote()).isEqualTo("导入");
		CatalogueItem inspection = titled("滨湖镇2016年第一季度安全生产检查情况通报");
		assertThat(inspection.late()).isFalse();
		assertThat(inspection.validity().name()).isEqualTo("REPEALED");
		assertThat(inspection.indexNumber()).matches("11652301752301009G/2016-\\d{5}");
		assertThat(events.stream(CatalogueEvent.Published.class)).anySatisfy(event -> {
			assertThat(event.itemId()).isEqualTo(fiveGuarantees.id());
			assertThat(event.indexNumber()).isEqualTo("11652301752301009G/2016-00301");
			assertThat(event.publishedOn()).isEqualTo(LocalDate.of(2016, 6, 20));
			assertThat(event.late()).isTrue();
		});
		assertThat(binhu(() -> audit.recent(20))).filteredOn(entry -> entry.action().equals("item.imported"))
			.extracting(AuditRecord::subject)
			.contains(fiveGuarantees.id().toString(), inspection.id().toString());
	}

	@Test
	void unknownRetiredOrUnpublishedRowsAreReportedInChinese() {
		UUID retired = binhu(() -> categories.add(null, "2016年临时专栏").id());
		binhu(() -> categories.retire(retired, 0));

		ImportReport report = importCsv(HEADER + ",滨湖镇2016年临时专栏信息,滨湖镇人民政府,,2016-05-03,2016-05-05,2016年临时专栏,,\n"
				+ ",滨湖镇2016年防汛工作方案,滨湖镇人民政府,,2016-05-10,,应急管理,,\n"
				+ ",滨湖镇2016年抗旱工作方案,滨湖镇人民政府,,2016-05-10,2016-05-09,应急管理,,\n", true);

		assertThat(report.imported()).isZero();
		assertThat(report.problems())
			.extracting(problem -> messages.getMessage(problem.message(), java.util.Locale.CHINA))
			.containsExactly("第 2 行“目录分类”：分类“2016年临时专栏”已停用，不能再归入信息。", "第 3 行“发布日期”不能为空：导入的信息按已发布处理，须有发布日期。",
					"第 4 行“发布日期”：2016-05-09 早于成文日期 2016-05-10。");
	}

	private ImportReport importCsv(String csv, boolean onlyValidRows) {
		return binhu(() -> sheets.importSheet("滨湖镇公开目录.csv",
				new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), onlyValidRows));
	}

	private CatalogueItem titled(String title) {
		List<CatalogueItem> found = binhu(
				() -> catalogue.list(new ItemQuery(null, null, null, null, title, 0, 10)).content());
		assertThat(found).hasSize(1);
		return found.get(0);
	}

	private UUID category(String code) {
		return binhu(() -> categories.tree()
			.stream()
			.filter(c -> c.code().equals(code))
			.map(Category::id)
			.findFirst()
			.orElseThrow());
	}

	private <T> T binhu(Supplier<T> work) {
		return tenants.callAs("binhu", work);
	}

}
