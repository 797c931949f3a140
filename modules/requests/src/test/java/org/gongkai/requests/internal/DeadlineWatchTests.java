package org.gongkai.requests.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.gongkai.calendar.api.WorkingDayCalendar;
import org.gongkai.requests.api.ApplicantType;
import org.gongkai.requests.api.Delivery;
import org.gongkai.requests.api.InformationForm;
import org.gongkai.requests.api.IntakeChannel;
import org.gongkai.requests.api.NewRequest;
import org.gongkai.requests.api.RequestAlert;
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
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Due-soon and overdue requests are flagged and announced once per deadline, however
 * often the watch runs and however many replicas run it at the same moment.
 */
@SpringBootTest(properties = { "gongkai.oidc.issuer=http://127.0.0.1:9/realms/gongkai",
		"gongkai.requests.limits.submissions-per-minute=1000" })
@AutoConfigureMockMvc
@Import(RequestFixtures.NoIdentityProvider.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@RecordApplicationEvents
class DeadlineWatchTests {

	@Autowired
	TownProvisioning provisioning;

	@Autowired
	Tenants tenants;

	@Autowired
	RequestDesk desk;

	@Autowired
	WorkingDayCalendar calendar;

	@Autowired
	DeadlineWatch watch;

	@Autowired
	ApplicationEvents events;

	@BeforeAll
	void town() {
		provisioning.provision(RequestFixtures.BINHU);
	}

	@Test
	void dueSoonAndOverdueRequestsAreAnnouncedOncePerDeadline() {
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		LocalDate soon = calendar.deadline(today, 3).deadline();
		LocalDate receivedForSoon = today;
		while (calendar.deadline(receivedForSoon, 20).deadline().isAfter(soon)) {
			receivedForSoon = receivedForSoon.minusDays(1);
		}
		String overdue = registered(today.minusDays(45));
		String dueSoon = registered(receivedForSoon);

		watch.run();
		watch.run();

		assertThat(alerts(overdue)).extracting(RequestAlert::kind).containsExactly(RequestAlert.Kind.OVERDUE);
		assertThat(alerts(dueSoon)).extracting(RequestAlert::kind).containsExactly(RequestAlert.Kind.DUE_SOON);
	}

	@Test
	void twoReplicasRunningTheWatchAtOnceAnnounceOnce() {
		String overdue = registered(LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(50));

		var first = CompletableFuture.supplyAsync(watch::run);
		var second = CompletableFuture.supplyAsync(watch::run);
		first.join();
		second.join();

		assertThat(alerts(overdue)).hasSize(1);
	}

	private List<RequestAlert> alerts(String trackingCode) {
		return events.stream(RequestAlert.class).filter(alert -> alert.trackingCode().equals(trackingCode)).toList();
	}

	private String registered(LocalDate receivedOn) {
		return tenants.callAs("binhu",
				() -> desk
					.register(new NewRequest(ApplicantType.NATURAL_PERSON, "周建华", RequestFixtures.ID_NUMBER, null, null,
							"13912345678", null, "昌吉市滨湖镇", "请公开2025年村级财务收支明细", InformationForm.PAPER, Delivery.PICKUP),
							IntakeChannel.IN_PERSON, receivedOn)
					.trackingCode());
	}

}
