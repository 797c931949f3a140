package org.gongkai.portal.web;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.Map;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.gongkai.portal.PortalFixtures;
import org.gongkai.reporting.api.AnnualReport;
import org.gongkai.reporting.api.AnnualReports;
import org.gongkai.reporting.api.ReportStatus;
import org.gongkai.reporting.api.ReportWorkflow;
import org.gongkai.reporting.api.Section;
import org.gongkai.reporting.api.Table2;
import org.gongkai.tenancy.api.Tenants;
import org.gongkai.tenancy.api.TownProvisioning;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A town's annual reports on its portal: only a version the city approved and published
 * shows, in the official layout with its downloads; a correction replaces it with its
 * note once published in turn, and a report being worked on never shows.
 */
@SpringBootTest(properties = { "gongkai.oidc.issuer=http://127.0.0.1:9/realms/gongkai",
		"spring.application.name=portal-report-tests" })
@AutoConfigureMockMvc
@Import(PortalFixtures.NoIdentityProvider.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportPagesTests {

	static final String TOWN = "/towns/binhu";

	@Autowired
	MockMvc mvc;

	@Autowired
	TownProvisioning provisioning;

	@Autowired
	Tenants tenants;

	@Autowired
	AnnualReports reports;

	@Autowired
	ReportWorkflow workflow;

	@BeforeAll
	void town() {
		provisioning.provision(PortalFixtures.BINHU);
	}

	@Test
	void onlyThePublishedVersionShowsAndACorrectionReplacesIt() throws Exception {
		tenants.runAs("binhu", () -> {
			AnnualReport report = reports.saveFigures(2025, 0, figures(35));
			report = reports.saveTexts(2025, report.version(), Map.of(Section.OVERVIEW, "2025年，滨湖镇坚持以公开为常态、不公开为例外。"));
			ReportStatus status = workflow.submit(2025, report.version());
			workflow.approve(2025, status.version(), true);
		});
		mvc.perform(get(TOWN))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("2025年政府信息公开工作年度报告")));
		mvc.perform(get(TOWN + "/annual-reports/2025"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("昌吉市滨湖镇人民政府2025年政府信息公开工作年度报告")))
			.andExpect(content().string(containsString("一、总体情况")))
			.andExpect(content().string(containsString("2025年，滨湖镇坚持以公开为常态、不公开为例外。")))
			.andExpect(content().string(containsString("三、收到和处理政府信息公开申请情况")))
			.andExpect(content().string(containsString("colspan=\"7\"")))
			.andExpect(content().string(containsString("行政许可</th><td colspan=\"3\">35</td>")))
			.andExpect(content().string(containsString("第1版")));
		byte[] docx = mvc.perform(get(TOWN + "/annual-reports/2025/report.docx"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XWPFWordExtractor text = new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(docx)))) {
			assertThat(text.getText()).contains("昌吉市滨湖镇人民政府2025年政府信息公开工作年度报告", "四、政府信息公开行政复议、行政诉讼情况");
		}

		// a correction under way leaves the published version on the portal
		long draft = tenants.callAs("binhu", () -> {
			ReportStatus status = workflow.correct(2025, workflow.status(2025).version(), "行政许可处理决定数量由35件更正为36件。");
			return reports.saveFigures(2025, status.version(), figures(36)).version();
		});
		mvc.perform(get(TOWN + "/annual-reports/2025"))
			.andExpect(content().string(containsString("行政许可</th><td colspan=\"3\">35</td>")));
		tenants.runAs("binhu", () -> workflow.approve(2025, workflow.submit(2025, draft).version(), true));
		mvc.perform(get(TOWN + "/annual-reports/2025"))
			.andExpect(content().string(containsString("行政许可</th><td colspan=\"3\">36</td>")))
			.andExpect(content().string(containsString("第2版")))
			.andExpect(content().string(containsString("行政许可处理决定数量由35件更正为36件。")));
		mvc.perform(get(TOWN)).andExpect(content().string(containsString("（已更正）")));

		// a draft, a year never published, a year that is not one
		tenants.runAs("binhu", () -> reports.saveTexts(2026, 0, Map.of(Section.OVERVIEW, "草稿")));
		mvc.perform(get(TOWN)).andExpect(content().string(not(containsString("2026年政府信息公开工作年度报告"))));
		mvc.perform(get(TOWN + "/annual-reports/2026")).andExpect(status().isNotFound());
		mvc.perform(get(TOWN + "/annual-reports/2026/report.pdf")).andExpect(status().isNotFound());
		mvc.perform(get(TOWN + "/annual-reports/abc")).andExpect(status().isNotFound());
	}

	private static Table2 figures(int licensing) {
		return new Table2(0, 0, 0, 2, 0, 5, licensing, 12, 0, new BigDecimal("0"));
	}

}
