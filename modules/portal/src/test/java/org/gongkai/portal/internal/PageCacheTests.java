package org.gongkai.portal.internal;

import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.gongkai.disclosure.api.CatalogueEvent;
import org.gongkai.disclosure.api.CatalogueService;
import org.gongkai.disclosure.api.CategoryService;
import org.gongkai.disclosure.api.ItemState;
import org.gongkai.portal.PortalFixtures;
import org.gongkai.tenancy.api.Tenants;
import org.gongkai.tenancy.api.TownProvisioning;
import org.gongkai.tenancy.api.TownRegistry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.servlet.LocaleResolver;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Pages come from Redis the second time, and leave it the moment the town's catalogue
 * changes; Redis failing only costs speed.
 */
@SpringBootTest(properties = "gongkai.oidc.issuer=http://127.0.0.1:9/realms/gongkai")
@AutoConfigureMockMvc
@Import(PortalFixtures.NoIdentityProvider.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PageCacheTests {

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

	@Autowired
	StringRedisTemplate redis;

	@Autowired
	PageCacheProperties properties;

	@Autowired
	MeterRegistry meters;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	@Qualifier("transactionManager")
	PlatformTransactionManager transactionManager;

	@Autowired
	TownRegistry registry;

	@Autowired
	LocaleResolver localeResolver;

	PortalFixtures fixtures;

	@BeforeAll
	void binhu() {
		provisioning.provision(PortalFixtures.BINHU);
		fixtures = new PortalFixtures(tenants, catalogue, categories);
	}

	@Test
	void theSecondRequestIsServedFromRedisUnderAKeyThatStartsWithTheTown() throws Exception {
		String path = "/towns/binhu/catalogue?category=" + fixtures.category("binhu", "03");
		double hits = count("hit");
		double misses = count("miss");

		String first = page(path);
		String second = page(path);

		assertThat(second).isEqualTo(first);
		assertThat(count("miss") - misses).isEqualTo(1);
		assertThat(count("hit") - hits).isEqualTo(1);
		String generation = redis.opsForValue().get(properties.namespace() + ":binhu:generation");
		String key = properties.namespace() + ":binhu:" + ((generation != null) ? generation : "0") + ":zh-CN:" + path;
		assertThat(redis.hasKey(key)).isTrue();
		assertThat(redis.getExpire(key)).isBetween(1L, 600L);
		assertThat(redis.opsForValue().get(key)).startsWith("ACTIVE\ntext/html;charset=UTF-8\n<!DOCTYPE html>");
	}

	@Test
	void eachLanguageIsKeptApartAndTheSwitchStillSetsTheCookie() throws Exception {
		String path = "/towns/binhu/catalogue?category=" + fixtures.category("binhu", "04");
		page(path);
		double hits = count("hit");

		String english = mvc.perform(get(path + "&lang=en"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		var again = mvc.perform(get(path + "&lang=en")).andExpect(status().isOk()).andReturn().getResponse();

		assertThat(english).contains("Catalogue", "<html lang=\"en\">");
		assertThat(again.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(english);
		assertThat(again.getCookie("gongkai-lang")).isNotNull();
		assertThat(count("hit") - hits).isEqualTo(1);
	}

	@Test
	void publishingWithdrawingAndRevisingShowAtOnce() throws Exception {
		String home = "/towns/binhu";
		String city = "/";
		page(home);
		page(city);
		assertThat(page(home)).doesNotContain("滨湖镇农田水利建设通知");

		var item = fixtures.publish("binhu", "滨湖镇农田水利建设通知", "15", "<p>春季渠道清淤。</p>");
		assertThat(page(home)).contains("滨湖镇农田水利建设通知");
		String itemPage = "/towns/binhu/items/" + item.id();
		assertThat(page(itemPage)).contains("春季渠道清淤");

		fixtures.retitle("binhu", item, "滨湖镇农田水利建设通知（更正）");
		assertThat(page(home)).contains("滨湖镇农田水利建设通知（更正）");
		assertThat(page(itemPage)).contains("滨湖镇农田水利建设通知（更正）");

		fixtures.withdraw("binhu", item);
		assertThat(page(home)).doesNotContain("滨湖镇农田水利建设通知");
		mvc.perform(get(itemPage)).andExpect(status().isNotFound());
		assertThat(page("/towns/binhu/feed.atom")).doesNotContain("滨湖镇农田水利建设通知");
	}

	@Test
	void anEventCountsOnlyOnceItsTransactionCommits() {
		String key = properties.namespace() + ":binhu:generation";
		long before = generation(key);
		var transactions = new TransactionTemplate(transactionManager);
		var event = new CatalogueEvent.Changed("binhu", UUID.randomUUID(), ItemState.DRAFT);

		tenants.runAs("binhu", () -> transactions.executeWithoutResult(status -> {
			events.publishEvent(event);
			status.setRollbackOnly();
		}));
		assertThat(generation(key)).isEqualTo(before);

		tenants.runAs("binhu", () -> transactions.executeWithoutResult(status -> events.publishEvent(event)));
		assertThat(generation(key)).isEqualTo(before + 1);

		events.publishEvent(event);
		assertThat(generation(key)).isEqualTo(before + 2);
	}

	@Test
	void withRedisDownPagesAreRenderedUncached() throws Exception {
		int closedPort;
		try (var socket = new ServerSocket(0)) {
			closedPort = socket.getLocalPort();
		}
		var down = new LettuceConnectionFactory("127.0.0.1", closedPort);
		down.afterPropertiesSet();
		down.start();
		try {
			var meters = new SimpleMeterRegistry();
			var cache = new PageCache(new StringRedisTemplate(down), properties, meters);
			var filter = new PageCacheFilter(cache, registry, localeResolver);
			var request = new MockHttpServletRequest("GET", "/towns/binhu");
			var response = new MockHttpServletResponse();

			filter.doFilter(request, response, new MockFilterChain(new HttpServlet() {

				@Override
				protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws java.io.IOException {
					resp.setContentType("text/html;charset=UTF-8");
					resp.getWriter().write("<p>滨湖镇</p>");
				}

			}));
			cache.invalidate("binhu");

			assertThat(response.getStatus()).isEqualTo(200);
			assertThat(response.getContentAsString(StandardCharsets.UTF_8)).isEqualTo("<p>滨湖镇</p>");
			assertThat(meters.get("gongkai.portal.cache").tag("result", "miss").counter().count()).isEqualTo(1);
		}
		finally {
			down.destroy();
		}
	}

	private long generation(String key) {
		String value = redis.opsForValue().get(key);
		return (value != null) ? Long.parseLong(value) : 0;
	}

	private double count(String result) {
		return meters.get("gongkai.portal.cache").tag("result", result).counter().count();
	}

	private String page(String path) throws Exception {
		return mvc.perform(get(path))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

}
