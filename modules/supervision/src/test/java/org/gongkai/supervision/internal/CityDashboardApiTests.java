package org.gongkai.supervision.internal;

import com.jayway.jsonpath.JsonPath;
import org.gongkai.supervision.internal.SupervisionFixtures.Staff;
import org.gongkai.tenancy.api.TownProvisioning;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.supervision.internal.SupervisionFixtures.staff;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code GET /api/v1/city/dashboard}: the city supervisor reads every town's figures and
 * their sum from the read model; town staff are refused; bad dates get a 400 in Chinese.
 */
@SpringBootTest(properties = "gongkai.oidc.issuer=http://127.0.0.1:9/realms/gongkai")
@AutoConfigureMockMvc
@Import(SupervisionFixtures.NoIdentityProvider.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CityDashboardApiTests {

	static final String DASHBOARD = "/api/v1/city/dashboard";

	static final RequestPostProcessor SUPERVISOR = staff("city-office", "ROLE_city-supervisor");

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	Relay relay;

	@BeforeAll
	void town() {
		context.getBean(TownProvisioning.class).provision(SupervisionFixtures.BINHU);
		Staff staff = new Staff(context);
		staff.importItems("binhu", "滨湖镇2023年春耕方案,2023-02-01,2023-02-06", "滨湖镇2023年防汛预案,2023-03-01,2023-04-20",
				"滨湖镇2023年秋收方案,2023-08-01,2023-08-03");
		relay.run();
	}

	@Test
	void theSupervisorReadsEveryTownAndTheCityTotal() throws Exception {
		String json = mvc.perform(get(DASHBOARD).param("from", "2023-02-01").param("to", "2023-04-30").with(SUPERVISOR))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.from").value("2023-02-01"))
			.andExpect(jsonPath("$.to").value("2023-04-30"))
			.andExpect(jsonPath("$.towns[?(@.code == 'binhu')].name").value("滨湖镇"))
			.andExpect(jsonPath("$.towns[?(@.code == 'binhu')].figures.itemsPublished").value(2))
			.andExpect(jsonPath("$.towns[?(@.code == 'binhu')].figures.itemsPublishedLate").value(1))
			.andExpect(jsonPath("$.towns[?(@.code == 'binhu')].figures.requestsReceived").value(0))
			.andExpect(jsonPath("$.towns[?(@.code == 'binhu')].figures.onTimePublicationRate").value(50.0))
			.andExpect(jsonPath("$.city.onTimeReplyRate").value(nullValue()))
			.andExpect(jsonPath("$.towns[?(@.code == 'binhu')].figures.outcomes.WITHHELD").value(0))
			.andExpect(jsonPath("$.towns[?(@.code == 'binhu')].backlog.open").value(0))
			.andExpect(jsonPath("$.towns[?(@.code == 'binhu')].report.year").value(2022))
			.andExpect(jsonPath("$.towns[?(@.code == 'binhu')].report.stage").value("NOT_SUBMITTED"))
			.andExpect(jsonPath("$.towns[?(@.code == 'binhu')].report.dueOn").value("2023-01-31"))
			.andExpect(jsonPath("$.reportYear").value(2022))
			.andExpect(jsonPath("$.backlog.overdue").isNumber())
			.andExpect(jsonPath("$.months.length()").value(3))
			.andExpect(jsonPath("$.months[0].month").value("2023-02"))
			.andExpect(jsonPath("$.months[1].figures.itemsPublished").value(0))
			.andReturn()
			.getResponse()
			.getContentAsString();

		java.util.List<Integer> perTown = JsonPath.read(json, "$.towns[*].figures.itemsPublished");
		int city = JsonPath.read(json, "$.city.itemsPublished");
		assertThat(city).isEqualTo(perTown.stream().mapToInt(Integer::intValue).sum()).isGreaterThanOrEqualTo(2);
	}

	@Test
	void townStaffAreRefusedEvenForTheirOwnTown() throws Exception {
		mvc.perform(get(DASHBOARD).param("from", "2023-01-01")
			.param("to", "2023-12-31")
			.with(staff("binhu-admin", "ROLE_town-admin", "TOWN_binhu"))).andExpect(status().isForbidden());
		mvc.perform(get(DASHBOARD).param("from", "2023-01-01").param("to", "2023-12-31"))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void badDatesAreRefusedInChinese() throws Exception {
		mvc.perform(get(DASHBOARD).param("from", "2023-02-30").param("to", "2023-12-31").with(SUPERVISOR))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("from"))
			.andExpect(jsonPath("$.detail").value(containsString("不是有效日期")));
		mvc.perform(get(DASHBOARD).param("from", "2023-12-31").param("to", "2023-01-01").with(SUPERVISOR))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("to"))
			.andExpect(jsonPath("$.detail").value(containsString("早于开始日期")));
		mvc.perform(get(DASHBOARD).param("to", "2023-01-01").with(SUPERVISOR))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("from"));
	}

}
