package org.gongkai.app;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.gongkai.disclosure.api.CatalogueItem;
import org.gongkai.disclosure.api.CatalogueService;
import org.gongkai.disclosure.api.Category;
import org.gongkai.disclosure.api.CategoryService;
import org.gongkai.disclosure.api.Channel;
import org.gongkai.disclosure.api.ItemDraft;
import org.gongkai.disclosure.api.ItemQuery;
import org.gongkai.disclosure.api.ItemState;
import org.gongkai.disclosure.api.Validity;
import org.gongkai.tenancy.api.Tenants;
import org.gongkai.tenancy.api.TownRegistry;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A few published catalogue items in the two demo towns with staff accounts, put through
 * the real workflow (draft, submit, review, publish), so a newcomer sees a catalogue at
 * once.
 */
@Component
@Order(2)
class DemoCatalogue implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoCatalogue.class);

	private static final Map<String, List<Demo>> ITEMS = Map.of("binhu",
			List.of(new Demo("滨湖镇2026年部门预算公开说明", "07", "2026-03-10", "滨政发〔2026〕5号", "2026年部门收支预算、“三公”经费预算及政府采购预算情况",
					EnumSet.of(Channel.WEBSITE, Channel.NOTICEBOARD)),
					new Demo("滨湖镇关于开展2026年春季农田水利基本建设的通知", "15", "2026-03-02", "滨政发〔2026〕3号", "部署各村春季渠道清淤、防渗改造和高效节水灌溉工作",
							EnumSet.of(Channel.WEBSITE, Channel.NOTICEBOARD, Channel.NEW_MEDIA)),
					new Demo("滨湖镇2025年政府信息公开工作年度报告", "2103", "2026-01-20", null, "2025年主动公开、依申请公开、行政复议和诉讼情况及存在的问题",
							EnumSet.of(Channel.WEBSITE))),
			"liugong",
			List.of(new Demo("六工镇2026年城乡居民最低生活保障对象公示", "18", "2026-06-15", null, "第二季度新增、停发城乡低保对象名单及保障金额",
					EnumSet.of(Channel.NOTICEBOARD, Channel.WEBSITE)),
					new Demo("六工镇关于做好2026年防汛抗旱工作的通知", "12", "2026-05-08", "六政发〔2026〕12号", "明确防汛责任人、重点部位和物资储备要求",
							EnumSet.of(Channel.WEBSITE, Channel.NEW_MEDIA))));

	private final DemoProperties properties;

	private final TownRegistry registry;

	private final Tenants tenants;

	private final CategoryService categories;

	private final CatalogueService catalogue;

	DemoCatalogue(DemoProperties properties, TownRegistry registry, Tenants tenants, CategoryService categories,
			CatalogueService catalogue) {
		this.properties = properties;
		this.registry = registry;
		this.tenants = tenants;
		this.categories = categories;
		this.catalogue = catalogue;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!properties.enabled()) {
			return;
		}
		ITEMS.forEach((town, demos) -> {
			if (registry.find(town).isPresent()) {
				tenants.runAs(town, () -> seed(town, demos));
			}
		});
	}

	private void seed(String town, List<Demo> demos) {
		if (catalogue.list(new ItemQuery(ItemState.PUBLISHED, null, null, null, null, 0, 1)).total() > 0) {
			return;
		}
		String publisher = "昌吉市" + registry.require(town).name() + "人民政府";
		for (Demo demo : demos) {
			CatalogueItem item = catalogue
				.create(new ItemDraft(demo.title(), publisher, demo.documentNumber(), LocalDate.parse(demo.formedOn()),
						category(categories.tree(), demo.category()).id(), demo.channels(), "面向全社会", Validity.IN_FORCE,
						"", demo.summary(), "<p>" + demo.summary() + "。</p>", null));
			item = catalogue.submit(item.id(), item.version());
			item = catalogue.approve(item.id(), item.version());
			catalogue.publish(item.id(), item.version());
		}
		log.info("Demo catalogue: {} items published in {}", demos.size(), town);
	}

	private static Category category(List<Category> level, String code) {
		for (Category category : level) {
			if (category.code().equals(code)) {
				return category;
			}
			if (code.startsWith(category.code())) {
				return category(category.children(), code);
			}
		}
		throw new IllegalStateException("No category " + code + " in the standard tree");
	}

	record Demo(String title, String category, String formedOn, @Nullable String documentNumber, String summary,
			Set<Channel> channels) {
	}

}
