package org.gongkai.app;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.stream.Collectors;

import com.jayway.jsonpath.JsonPath;
import org.gongkai.disclosure.api.CatalogueItem;
import org.gongkai.disclosure.api.CatalogueService;
import org.gongkai.disclosure.api.ItemQuery;
import org.gongkai.disclosure.api.ItemState;
import org.gongkai.reporting.api.AnnualReports;
import org.gongkai.reporting.api.CityReports;
import org.gongkai.reporting.api.ReportState;
import org.gongkai.reporting.api.Finding;
import org.gongkai.reporting.api.ReportFormat;
import org.gongkai.reporting.api.Rule;
import org.gongkai.tenancy.api.Tenants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole platform on a real port, against the devstack PostgreSQL and Redis, with the
 * demo city.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class ApplicationIntegrationTests {

	private final HttpClient http = HttpClient.newHttpClient();

	@Autowired
	CityReports cityReports;

	@LocalServerPort
	int port;

	@Autowired
	Tenants tenants;

	@Autowired
	CatalogueService catalogue;

	@Autowired
	AnnualReports reports;

	@Test
	void healthIsUpWithDatabaseRedisAndTheFifteenDemoTowns() throws Exception {
		var health = get("/actuator/health");

		assertThat(health.statusCode()).isEqualTo(200);
		assertThat((String) JsonPath.read(health.body(), "$.status")).isEqualTo("UP");
		assertThat((String) JsonPath.read(health.body(), "$.components.db.status")).isEqualTo("UP");
		assertThat((String) JsonPath.read(health.body(), "$.components.redis.status")).isEqualTo("UP");
		int registered = JsonPath.read(health.body(), "$.components.towns.details.registered");
		// other tests in this context may add towns; the demo city's 15 are always there
		assertThat(registered).isGreaterThanOrEqualTo(15);
		assertThat((Integer) JsonPath.read(health.body(), "$.components.towns.details.current")).isEqualTo(registered);
	}

	@Test
	void probesAnswerOnTheirOwnPaths() throws Exception {
		var readiness = get("/readyz");
		var liveness = get("/livez");

		assertThat(readiness.statusCode()).isEqualTo(200);
		assertThat(readiness.body()).contains("\"db\"", "\"redis\"");
		assertThat(liveness.statusCode()).isEqualTo(200);
	}

	@Test
	void theDemoCityHasItsFifteenTownsAndStreets() throws Exception {
		var towns = get("/api/v1/towns");

		assertThat(towns.statusCode()).isEqualTo(200);
		assertThat((java.util.List<String>) JsonPath.read(towns.body(), "$[*].code")).contains("binhu", "yushugou",
				"liugong", "erliugong", "daxiqu", "dianba", "sangong", "liuhuanggou", "ashili", "ningbianlu",
				"yananbeilu", "beijingnanlu", "jianguolu", "zhongshanlu", "lvzhoulu");
		var binhu = get("/api/v1/towns/binhu");
		assertThat((String) JsonPath.read(binhu.body(), "$.name")).isEqualTo("滨湖镇");
		assertThat((String) JsonPath.read(binhu.body(), "$.kind")).isEqualTo("TOWNSHIP");
	}

	@Test
	void theDemoTownsWithStaffHaveAPublishedCatalogue() {
		var published = tenants.callAs("binhu",
				() -> catalogue.list(new ItemQuery(ItemState.PUBLISHED, null, null, null, null, 0, 100)).content());

		assertThat(published).hasSizeGreaterThanOrEqualTo(3);
		assertThat(published).allSatisfy(item -> assertThat(item.indexNumber()).startsWith("11652301752301009G/"));
		assertThat(published).extracting(CatalogueItem::title).contains("滨湖镇2026年部门预算公开说明");
	}

	@Test
	void binhusReportOf2016IsImportedWithTheInconsistencyOfItsOriginal() {
		var report = tenants.callAs("binhu", () -> reports.report(2016));

		assertThat(report.format()).isEqualTo(ReportFormat.PRE2019);
		assertThat(report.findings()).filteredOn(finding -> finding.rule() == Rule.I1)
			.extracting(Finding::message)
			.anySatisfy(message -> assertThat(message).contains("101 条", "合计 121 条"));
	}

	/**
	 * Not 佃坝镇 or 三工镇: MigrateCommandTests empties their schemas and migrates them again.
	 */
	@Test
	void theDemoTownsReports2025StandAtEveryStepOfTheCitysReview() {
		Map<String, CityReports.TownReport> towns = cityReports.forYear(2025)
			.stream()
			.collect(Collectors.toMap(CityReports.TownReport::code, town -> town));

		assertThat(towns.get("binhu").status().state()).isEqualTo(ReportState.PUBLISHED);
		assertThat(towns.get("binhu").late()).isFalse();
		assertThat(towns.get("binhu").status().firstSubmittedAt()).isEqualTo("2026-01-22T02:00:00Z");
		assertThat(towns.get("liuhuanggou").status().state()).isEqualTo(ReportState.PUBLISHED);
		assertThat(towns.get("liuhuanggou").status().timesReturned()).isEqualTo(1);
		assertThat(towns.get("jianguolu").status().state()).isEqualTo(ReportState.RETURNED);
		assertThat(towns.get("daxiqu").status().state()).isEqualTo(ReportState.APPROVED);
		assertThat(towns.get("yananbeilu").status().state()).isEqualTo(ReportState.SUBMITTED);
		assertThat(towns.get("yananbeilu").status().daysLate()).isEqualTo(9);
		assertThat(towns.get("zhongshanlu").missing()).isTrue();
		assertThat(towns.values().stream().filter(town -> town.status().state() == ReportState.PUBLISHED))
			.hasSizeGreaterThanOrEqualTo(8);
	}

	@Test
	void theJsonApiIsDescribedInOpenApi() throws Exception {
		var description = get("/v3/api-docs");

		assertThat(description.statusCode()).isEqualTo(200);
		assertThat((String) JsonPath.read(description.body(), "$.openapi")).startsWith("3.1");
		assertThat(JsonPath.<java.util.Map<String, Object>>read(description.body(), "$.paths")).containsKeys(
				"/api/v1/towns/{code}/items", "/api/v1/towns/{code}/items/{id}/publish", "/api/v1/calendar/deadline",
				"/api/v1/admin/tenants");
	}

	@Test
	void prometheusMetricsAreExposed() throws Exception {
		var metrics = get("/actuator/prometheus");

		assertThat(metrics.statusCode()).isEqualTo(200);
		assertThat(metrics.body()).contains("jvm_memory_used_bytes", "hikaricp_connections", "application=\"gongkai\"",
				"gongkai_supervision_relay_lag_seconds");
	}

	@Test
	void logLinesCarryTheTownTheyWorkedFor(CapturedOutput output) {
		tenants.runAs("liugong", () -> LoggerFactory.getLogger(ApplicationIntegrationTests.class).info("probe line"));

		assertThat(output.getOut()).containsPattern("INFO \\[liugong\\].*probe line");
	}

	private HttpResponse<String> get(String path) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
