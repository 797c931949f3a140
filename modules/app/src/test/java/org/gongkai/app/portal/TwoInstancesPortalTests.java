package org.gongkai.app.portal;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.gongkai.GongkaiApplication;
import org.gongkai.disclosure.api.CatalogueItem;
import org.gongkai.disclosure.api.CatalogueService;
import org.gongkai.disclosure.api.Category;
import org.gongkai.disclosure.api.CategoryService;
import org.gongkai.disclosure.api.Channel;
import org.gongkai.disclosure.api.ItemDraft;
import org.gongkai.disclosure.api.Validity;
import org.gongkai.tenancy.api.NewTown;
import org.gongkai.tenancy.api.Tenants;
import org.gongkai.tenancy.api.TownIdentity;
import org.gongkai.tenancy.api.TownKind;
import org.gongkai.tenancy.api.TownProvisioning;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.data.redis.autoconfigure.DataRedisConnectionDetails;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two replicas of the platform on one PostgreSQL and one Redis: what one publishes or
 * withdraws shows on the other's portal with the next request, although both cache pages
 * in Redis.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoInstancesPortalTests {

	static final NewTown BINHU = new NewTown("binhu", "滨湖镇", TownKind.TOWNSHIP, "652301107000", "11652301752301009G");

	private final HttpClient http = HttpClient.newHttpClient();

	ConfigurableApplicationContext first;

	ConfigurableApplicationContext second;

	@BeforeAll
	void twoInstances() {
		first = start("--gongkai.devstack.isolated-database=true");
		first.getBean(TownProvisioning.class).provision(BINHU);
		var database = first.getBean(JdbcConnectionDetails.class);
		var redis = first.getBean(DataRedisConnectionDetails.class).getStandalone();
		second = start("--gongkai.devstack.isolated-database=false", "--gongkai.db.url=" + database.getJdbcUrl(),
				"--gongkai.db.user=" + database.getUsername(),
				"--gongkai.db.password=" + ((database.getPassword() != null) ? database.getPassword() : ""),
				"--gongkai.redis.url=redis://%s:%d/%d".formatted(redis.getHost(), redis.getPort(),
						redis.getDatabase()));
	}

	@AfterAll
	void stop() {
		if (second != null) {
			second.close();
		}
		if (first != null) {
			first.close();
		}
	}

	@Test
	void publishingOnOneInstanceShowsOnTheOthersPortalAtOnceAndWithdrawingRemovesIt() throws Exception {
		String title = "滨湖镇关于冬季供暖服务的公告（" + UUID.randomUUID().toString().substring(0, 8) + "）";
		String catalogue = "/towns/binhu/catalogue";
		assertThat(page(second, catalogue)).doesNotContain(title);
		assertThat(page(second, catalogue)).doesNotContain(title);

		CatalogueItem item = publish(title);

		assertThat(page(second, catalogue)).contains(title);
		assertThat(page(second, "/towns/binhu")).contains(title);
		assertThat(page(first, catalogue)).contains(title);

		second.getBean(Tenants.class)
			.runAs("binhu",
					() -> second.getBean(CatalogueService.class).withdraw(item.id(), item.version(), "内容重复，撤回"));

		assertThat(page(first, catalogue)).doesNotContain(title);
		assertThat(page(second, catalogue)).doesNotContain(title);
	}

	private CatalogueItem publish(String title) {
		var catalogue = first.getBean(CatalogueService.class);
		return first.getBean(Tenants.class).callAs("binhu", () -> {
			UUID category = first.getBean(CategoryService.class)
				.tree()
				.stream()
				.filter(c -> c.code().equals("19"))
				.map(Category::id)
				.findFirst()
				.orElseThrow();
			var item = catalogue.create(new ItemDraft(title, "昌吉市滨湖镇人民政府", null, LocalDate.now(), category,
					Set.of(Channel.WEBSITE), null, Validity.IN_FORCE, "供暖", "", "<p>供暖期为10月15日至次年4月15日。</p>", null));
			item = catalogue.submit(item.id(), item.version());
			item = catalogue.approve(item.id(), item.version());
			return catalogue.publish(item.id(), item.version());
		});
	}

	private String page(ConfigurableApplicationContext instance, String path) throws Exception {
		int port = ((WebServerApplicationContext) instance).getWebServer().getPort();
		var response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return response.body();
	}

	/**
	 * Settings go in as command-line arguments, which win over application.properties
	 * (its {@code server.port}, say).
	 */
	private static ConfigurableApplicationContext start(String... settings) {
		List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--gongkai.demo.enabled=false",
				"--gongkai.oidc.issuer=http://127.0.0.1:9/realms/gongkai", "--spring.main.banner-mode=off"));
		arguments.addAll(List.of(settings));
		return new SpringApplicationBuilder(GongkaiApplication.class, NoIdentityProvider.class)
			.run(arguments.toArray(String[]::new));
	}

	/** Login is not under test here; provisioning skips the identity provider. */
	@Configuration(proxyBeanMethods = false)
	static class NoIdentityProvider {

		@Bean
		@Primary
		TownIdentity noIdentityProvider() {
			return TownIdentity.none();
		}

	}

}
