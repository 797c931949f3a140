package org.gongkai.requests.internal;

import java.time.LocalDate;

import org.gongkai.requests.api.ApplicantType;
import org.gongkai.requests.api.Delivery;
import org.gongkai.requests.api.InformationForm;
import org.gongkai.requests.api.IntakeChannel;
import org.gongkai.requests.api.NewRequest;
import org.gongkai.requests.api.RequestDesk;
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
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The staff pages of requests: the inbox and the request page, with personal data whole
 * only for officers and reviewers.
 */
@SpringBootTest(properties = "gongkai.oidc.issuer=http://127.0.0.1:9/realms/gongkai")
@AutoConfigureMockMvc
@Import(RequestFixtures.NoIdentityProvider.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RequestPagesTests {

	static final String PAGES = "/staff/towns/binhu/requests";

	static final RequestPostProcessor OFFICER = RequestFixtures.signedIn("binhu-officer", "ROLE_request-officer",
			"TOWN_binhu");

	static final RequestPostProcessor EDITOR = RequestFixtures.signedIn("binhu-editor", "ROLE_town-editor",
			"TOWN_binhu");

	@Autowired
	MockMvc mvc;

	@Autowired
	TownProvisioning provisioning;

	@Autowired
	Tenants tenants;

	@Autowired
	RequestDesk desk;

	String trackingCode;

	@BeforeAll
	void town() {
		provisioning.provision(RequestFixtures.BINHU);
		trackingCode = tenants.callAs("binhu", () -> desk.register(
				new NewRequest(ApplicantType.NATURAL_PERSON, "马玉兰", RequestFixtures.ID_NUMBER, null, null,
						"13912345678", null, "昌吉市滨湖镇新湖村", "新湖村2025年集体土地征收补偿方案", InformationForm.PAPER, Delivery.POST),
				IntakeChannel.IN_PERSON, LocalDate.now(ChinaTime.ZONE)))
			.trackingCode();
	}

	@Test
	void theRequestPageShowsPersonalDataToOfficersOnly() throws Exception {
		mvc.perform(get(PAGES + "/" + trackingCode).with(OFFICER))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(trackingCode)))
			.andExpect(content().string(containsString("马玉兰")));
		mvc.perform(get(PAGES + "/" + trackingCode).with(EDITOR))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("马玉兰"))))
			.andExpect(content().string(not(containsString("13912345678"))));
	}

}
