package org.gongkai.app;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.gongkai.reporting.api.AnnualReport;
import org.gongkai.reporting.api.AnnualReports;
import org.gongkai.reporting.api.ReportException;
import org.gongkai.reporting.api.ReportFormat;
import org.gongkai.reporting.api.ReportHistory;
import org.gongkai.reporting.api.ReportImport;
import org.gongkai.reporting.api.ReportImport.Cases;
import org.gongkai.reporting.api.ReportImport.Channel;
import org.gongkai.reporting.api.ReportImport.Count;
import org.gongkai.reporting.api.ReportImport.OldSection;
import org.gongkai.reporting.api.ReportImport.Published;
import org.gongkai.reporting.api.ReportImport.Requests;
import org.gongkai.reporting.api.Rule;
import org.gongkai.tenancy.api.Tenants;
import org.gongkai.tenancy.api.TownRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * 滨湖镇's 2016 report, imported as the town published it (domain reference §9): its website
 * figures do not add up (54 + 40 + 27 = 121, not 101), so the demo shows the import's
 * warning next to them. Imported once; later starts leave it alone.
 */
@Component
@Order(4)
class DemoReports implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoReports.class);

	private static final String TOWN = "binhu";

	private static final int YEAR = 2016;

	private final DemoProperties properties;

	private final TownRegistry registry;

	private final Tenants tenants;

	private final AnnualReports reports;

	private final ReportHistory history;

	DemoReports(DemoProperties properties, TownRegistry registry, Tenants tenants, AnnualReports reports,
			ReportHistory history) {
		this.properties = properties;
		this.registry = registry;
		this.tenants = tenants;
		this.reports = reports;
		this.history = history;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!properties.enabled() || registry.find(TOWN).isEmpty()) {
			return;
		}
		tenants.runAs(TOWN, this::seed);
	}

	private void seed() {
		try {
			reports.report(YEAR);
			return;
		}
		catch (ReportException notImportedYet) {
			// a year before 2021 is there only once imported
		}
		AnnualReport report = history.importReport(YEAR, binhu2016());
		long warnings = report.findings().stream().filter(finding -> finding.rule() == Rule.I1).count();
		log.info("Demo reports: {}'s {} report imported (PRE2019), {} inconsistencies of the original flagged", TOWN,
				YEAR, warnings);
	}

	/** The figures and (shortened) texts of the published report, as it states them. */
	static ReportImport binhu2016() {
		Published published = new Published(310,
				List.of(new Channel("政府网站", 101,
						List.of(new Count("工作动态", 54), new Count("公共服务", 40), new Count("其它信息", 27))),
						new Channel("政务微信、报刊、广播、电视等其他形式", 209, null)),
				null, List.of(new Count("公开栏", 33), new Count("公开资料", 24)));
		Map<OldSection, String> texts = Map.of(OldSection.OVERVIEW,
				"滨湖镇按照州、市统一工作部署,加强组织领导,健全工作机制,认真贯彻《条例》和各级规定的各项要求,扎实推进政府信息公开工作。", OldSection.PROACTIVE,
				"2016年度滨湖镇共主动公开政府信息310条,其中通过政府网站公开信息101条,政务微信、报刊、广播、电视等其他形式公开209条。"
						+ "通过政府网站共发布信息101条,其中工作动态信息54条、公共服务信息40条、其它信息27条。"
						+ "我镇主要采取了公开栏和公开资料2种形式进行信息公开,公开栏33条,公开资料24条。",
				OldSection.REQUESTS, "(一)申请情况。2016年滨湖镇没有受理政府公开申请情况。\n(二)申请处理情况。2016年没有申请处理情况。", OldSection.FEES,
				"2016年,滨湖镇政府信息依申请公开没有收费。", OldSection.REVIEWS,
				"2016年,滨湖镇严格按照《条例》和上级部门有关规定开展政府信息公开工作,没有因政府信息公开申请行政复议、提起行政诉讼和申诉的情况发生。", OldSection.PROBLEMS,
				"2016年,滨湖镇政府信息公开工作在上级有关部门的领导下取得了一些成效,但也清醒地认识到,在政府信息公开工作中我镇仍然存在一些问题:"
						+ "一是对《条例》和市、县政府信息公开工作规定的学习、掌握不够扎实;二是政府网站信息发布及更新不够及时,栏目访问流畅性有待提高;"
						+ "三是公开的内容和形式有待进一步丰富,时效性需要不断加强。");
		Cases none = new Cases(null, null, null, null, 0);
		return new ReportImport(ReportFormat.PRE2019, published, new Requests(0, null, null, null, null), none, none,
				null, BigDecimal.ZERO, null, null, null, null, texts);
	}

}
