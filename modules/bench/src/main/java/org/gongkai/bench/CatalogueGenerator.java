package org.gongkai.bench;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.gongkai.disclosure.api.Category;
import org.gongkai.disclosure.api.CategoryService;
import org.gongkai.disclosure.api.SearchTokens;
import org.gongkai.tenancy.api.Tenants;
import org.gongkai.tenancy.api.TownRegistry;
import org.hibernate.Session;

import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills a town's catalogue with published items that read like a township's: notices,
 * budgets, subsidies, project announcements, spread over 2016 to today, with bodies of a
 * few hundred characters and the search vector the application would compute. Written
 * straight to the town's tables in batches, as the town's own database role.
 */
final class CatalogueGenerator {

	private static final String[] SUBJECTS = { "农村低保", "高龄津贴", "耕地地力保护补贴", "农村道路建设", "饮水安全工程", "防汛抗旱", "秸秆禁烧", "村务公开",
			"土地承包经营权确权", "危房改造", "乡村振兴", "人居环境整治", "冬季供暖", "疫情防控", "safety 安全生产", "双拥工作", "义务兵优待金", "残疾人两项补贴", "医疗救助",
			"临时救助", "农机购置补贴", "草原生态保护补助", "高标准农田建设", "PM2.5 大气污染防治", "WiFi 便民服务" };

	private static final String[] FORMS = { "关于做好{0}年{1}工作的通知", "{0}年{1}资金发放公示", "关于{1}的实施方案", "{0}年{1}工作总结",
			"关于开展{1}专项检查的通知", "{1}项目招标公告（{0}年）", "关于{1}政策的解读", "{0}年第{2}季度{1}情况通报" };

	private static final String[] SENTENCES = { "为认真贯彻落实上级有关文件精神，切实做好相关工作，结合本镇实际，制定本方案。",
			"各村（社区）要高度重视，明确责任人，确保各项措施落实到位。", "资金发放实行社会化发放，通过“一卡通”直接发放到户，杜绝截留、挤占、挪用。", "公示期为七天，如有异议，请在公示期内向镇人民政府反映。",
			"监督电话：0994-2345678，联系人：王主任。", "本次共涉及全镇12个行政村、3个社区，受益群众1,268户3,512人。", "镇纪委将对工作落实情况进行监督检查，对工作不力的严肃追责问责。",
			"各单位要于每月25日前将工作进展情况报镇党政办。", "政府信息公开工作坚持以公开为常态、不公开为例外，依法依规做好公开工作。",
			"项目总投资356.8万元，其中上级补助资金280万元，镇级配套76.8万元。" };

	private static final String[] CHANNELS = { "WEBSITE", "NEW_MEDIA,WEBSITE", "NOTICEBOARD,WEBSITE", "PRINTED,WEBSITE",
			"NEW_MEDIA,NOTICEBOARD,WEBSITE" };

	private static final int BATCH = 1000;

	private final Tenants tenants;

	private final TownRegistry towns;

	private final CategoryService categories;

	private final EntityManager entityManager;

	private final TransactionTemplate transactions;

	CatalogueGenerator(Tenants tenants, TownRegistry towns, CategoryService categories, EntityManager entityManager,
			TransactionTemplate transactions) {
		this.tenants = tenants;
		this.towns = towns;
		this.categories = categories;
		this.entityManager = entityManager;
		this.transactions = transactions;
	}

	/**
	 * Adds {@code count} published items to the town; the same seed gives the same items.
	 */
	void generate(String town, int count, long seed) {
		tenants.runAs(town, () -> {
			String creditCode = towns.require(town).creditCode();
			String publisher = towns.require(town).authority();
			List<UUID> leaves = leaves(categories.tree());
			Random random = new Random(seed);
			int firstYear = 2016;
			int lastYear = LocalDate.now().getYear();
			int[] serials = new int[lastYear - firstYear + 1];
			// continue after the serials the town has used (its demo items, an earlier
			// run)
			transactions.executeWithoutResult(status -> {
				for (Object[] row : (List<Object[]>) entityManager
					.createNativeQuery("select year, last from index_serial where year between :first and :last")
					.setParameter("first", firstYear)
					.setParameter("last", lastYear)
					.getResultList()) {
					serials[((Number) row[0]).intValue() - firstYear] = ((Number) row[1]).intValue();
				}
			});
			for (int done = 0; done < count; done += BATCH) {
				int size = Math.min(BATCH, count - done);
				transactions.executeWithoutResult(status -> entityManager.unwrap(Session.class).doWork(connection -> {
					try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
						for (int i = 0; i < size; i++) {
							int year = firstYear + random.nextInt(serials.length);
							LocalDate formed = LocalDate.of(year, 1, 1).plusDays(random.nextInt(330));
							if (formed.isAfter(LocalDate.now().minusDays(30))) {
								formed = LocalDate.now().minusDays(30 + random.nextInt(30));
								year = formed.getYear();
							}
							LocalDate published = formed.plusDays(random.nextInt(35));
							String subject = SUBJECTS[random.nextInt(SUBJECTS.length)];
							String title = FORMS[random.nextInt(FORMS.length)].replace("{0}", String.valueOf(year))
								.replace("{1}", subject)
								.replace("{2}", String.valueOf(1 + random.nextInt(4)));
							StringBuilder body = new StringBuilder();
							for (int p = 0; p < 3 + random.nextInt(4); p++) {
								body.append("<p>").append(SENTENCES[random.nextInt(SENTENCES.length)]);
								body.append(SENTENCES[random.nextInt(SENTENCES.length)]).append("</p>");
							}
							String summary = title + "的有关事项。";
							String keywords = subject;
							int serial = ++serials[published.getYear() - firstYear];
							Instant at = published.atTime(10, 0).toInstant(ZoneOffset.ofHours(8));
							int c = 0;
							insert.setObject(++c, UUID.randomUUID());
							insert.setString(++c, "%s/%d-%05d".formatted(creditCode, published.getYear(), serial));
							insert.setString(++c, title);
							insert.setString(++c, publisher);
							insert.setDate(++c, Date.valueOf(formed));
							// 20 working days is about 28 calendar days: some items are
							// late
							insert.setDate(++c, Date.valueOf(formed.plusDays(28)));
							insert.setDate(++c, Date.valueOf(published));
							insert.setTimestamp(++c, Timestamp.from(at));
							insert.setObject(++c, leaves.get(random.nextInt(leaves.size())));
							insert.setString(++c, CHANNELS[random.nextInt(CHANNELS.length)]);
							insert.setString(++c, keywords);
							insert.setString(++c, summary);
							insert.setString(++c, body.toString());
							insert.setString(++c, SearchTokens.vector(title, keywords,
									summary + " " + body.toString().replace("<p>", " ").replace("</p>", " ")));
							insert.setTimestamp(++c, Timestamp.from(at));
							insert.addBatch();
						}
						insert.executeBatch();
					}
				}));
			}
			transactions.executeWithoutResult(status -> {
				for (int i = 0; i < serials.length; i++) {
					entityManager.createNativeQuery("""
							insert into index_serial (year, last) values (:year, :last)
							on conflict (year) do update set last = greatest(index_serial.last, excluded.last)
							""").setParameter("year", firstYear + i).setParameter("last", serials[i]).executeUpdate();
				}
				entityManager.createNativeQuery("analyze catalogue_item").executeUpdate();
			});
		});
	}

	private static final String INSERT = """
			insert into catalogue_item (id, index_number, title, publisher, formed_on, publication_due, published_on,
			    published_at, category_id, channels, audience, validity, keywords, summary, body, search_vector,
			    state, created_by, reviewed_by, reviewed_at, created_at, updated_at)
			values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '面向全社会', 'IN_FORCE', ?, ?, ?, ?::tsvector,
			    'PUBLISHED', 'bench', 'bench', ?, now(), now())
			""";

	private static List<UUID> leaves(List<Category> level) {
		List<UUID> leaves = new ArrayList<>();
		for (Category category : level) {
			if (category.retired()) {
				continue;
			}
			if (category.children().isEmpty()) {
				leaves.add(category.id());
			}
			else {
				leaves.addAll(leaves(category.children()));
			}
		}
		return leaves;
	}

}
