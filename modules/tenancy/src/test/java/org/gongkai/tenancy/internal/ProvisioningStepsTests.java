package org.gongkai.tenancy.internal;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.gongkai.tenancy.api.FirstAdmin;
import org.gongkai.tenancy.api.ProvisioningStatus.StepState;
import org.gongkai.tenancy.api.ProvisioningStep;
import org.gongkai.tenancy.api.Town;
import org.gongkai.tenancy.api.TownIdentity;
import org.gongkai.tenancy.api.TownLifecycle;
import org.gongkai.tenancy.api.TownProvisioning;
import org.gongkai.tenancy.api.TownRegistry;
import org.gongkai.tenancy.api.TownStateException;
import org.gongkai.tenancy.api.TownStatus;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Provisioning step by step, with an identity provider that fails when told to: a failed
 * or interrupted provisioning is completed by running it again, and nothing is made
 * twice.
 */
@SpringBootTest
class ProvisioningStepsTests {

	@Autowired
	TownProvisioning provisioning;

	@Autowired
	TownLifecycle lifecycle;

	@Autowired
	TownRegistry registry;

	@Autowired
	RecordingIdentity identity;

	@Autowired
	@Qualifier("platformJdbc")
	JdbcClient platform;

	@Test
	void recordsEveryStepAndRunsTheIdentityStepsWithTheFirstAdmin() {
		provisioning.provision(TestTowns.town("steps-a", "步一镇"), new FirstAdmin("Temp@2026x", "admin@steps-a.test"));

		assertThat(provisioning.status("steps-a").steps()).extracting(StepState::step, StepState::state)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(ProvisioningStep.REGISTRY, "DONE"),
					org.assertj.core.groups.Tuple.tuple(ProvisioningStep.ROLE, "DONE"),
					org.assertj.core.groups.Tuple.tuple(ProvisioningStep.SCHEMA, "DONE"),
					org.assertj.core.groups.Tuple.tuple(ProvisioningStep.MIGRATIONS, "DONE"),
					org.assertj.core.groups.Tuple.tuple(ProvisioningStep.ORGANIZATION, "DONE"),
					org.assertj.core.groups.Tuple.tuple(ProvisioningStep.FIRST_ADMIN, "DONE"),
					org.assertj.core.groups.Tuple.tuple(ProvisioningStep.ACTIVATION, "DONE"));
		assertThat(identity.admins).containsEntry("steps-a", "Temp@2026x");
	}

	@Test
	void aFailedStepIsRetriedToCompletionWithoutDuplicates() {
		identity.failOrganizationsFor.add("steps-b");
		var town = TestTowns.town("steps-b", "步二镇");

		assertThatThrownBy(() -> provisioning.provision(town)).hasMessageContaining("identity provider down");
		var failed = provisioning.status("steps-b");
		assertThat(failed.town().status()).isEqualTo(TownStatus.FAILED);
		assertThat(failed.steps()).filteredOn(s -> s.step() == ProvisioningStep.ORGANIZATION)
			.singleElement()
			.satisfies(s -> {
				assertThat(s.state()).isEqualTo("FAILED");
				assertThat(s.error()).contains("identity provider down");
			});

		identity.failOrganizationsFor.remove("steps-b");
		provisioning.provision(town);

		var done = provisioning.status("steps-b");
		assertThat(done.town().status()).isEqualTo(TownStatus.ACTIVE);
		assertThat(done.steps()).allSatisfy(s -> assertThat(s.state()).isIn("DONE", "SKIPPED"));
		assertThat(done.steps()).filteredOn(s -> s.step() == ProvisioningStep.ORGANIZATION)
			.singleElement()
			.satisfies(s -> assertThat(s.attempts()).isEqualTo(2));
		assertThat(identity.organizations.get("steps-b")).hasValue(1);
		assertThat(
				platform.sql("SELECT count(*) FROM platform.town WHERE code = 'steps-b'").query(Integer.class).single())
			.isEqualTo(1);
		assertThat(platform
			.sql("SELECT outcome FROM platform.audit_entry WHERE town_code = 'steps-b'"
					+ " AND action = 'town.provisioned' ORDER BY occurred_at")
			.query(String.class)
			.list()).containsExactly("FAILED", "SUCCEEDED");
	}

	@Test
	void aProvisioningCutShortMidStepIsCompletedByRunningItAgain() {
		var town = TestTowns.town("steps-c", "步三镇");
		provisioning.provision(town);
		// what a process killed during the migrations leaves behind
		platform.sql("UPDATE platform.town SET status = 'PROVISIONING' WHERE code = 'steps-c'").update();
		platform
			.sql("UPDATE platform.provisioning_step SET state = CASE WHEN position < 3 THEN 'DONE'"
					+ " WHEN position = 3 THEN 'RUNNING' ELSE 'PENDING' END WHERE town_code = 'steps-c'")
			.update();

		provisioning.provision(town);

		assertThat(registry.require("steps-c").status()).isEqualTo(TownStatus.ACTIVE);
		assertThat(provisioning.status("steps-c").steps())
			.allSatisfy(s -> assertThat(s.state()).isIn("DONE", "SKIPPED"));
	}

	@Test
	void startAnswersAtOnceAndProvisionsInTheBackground() {
		var started = provisioning.start(TestTowns.town("steps-d", "步四镇"), null);

		assertThat(started.town().status()).isIn(TownStatus.PROVISIONING, TownStatus.ACTIVE);
		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(
					() -> assertThat(provisioning.status("steps-d").town().status()).isEqualTo(TownStatus.ACTIVE));
	}

	@Test
	void suspendResumeAndArchiveFollowTheLifecycleAndSwitchSignIn() {
		provisioning.provision(TestTowns.town("steps-e", "步五镇"));

		assertThat(lifecycle.suspend("steps-e", "换届审计").status()).isEqualTo(TownStatus.SUSPENDED);
		assertThat(registry.statusNow("steps-e")).contains(TownStatus.SUSPENDED);
		assertThat(identity.signIn).containsEntry("steps-e", false);
		assertThatThrownBy(() -> lifecycle.suspend("steps-e", "again")).isInstanceOf(TownStateException.class);

		assertThat(lifecycle.resume("steps-e").status()).isEqualTo(TownStatus.ACTIVE);
		assertThat(identity.signIn).containsEntry("steps-e", true);

		assertThat(lifecycle.archive("steps-e", "撤并").status()).isEqualTo(TownStatus.ARCHIVED);
		assertThatThrownBy(() -> lifecycle.resume("steps-e")).isInstanceOf(TownStateException.class);
		assertThat(platform
			.sql("SELECT action FROM platform.audit_entry WHERE town_code = 'steps-e'"
					+ " AND outcome = 'SUCCEEDED' ORDER BY occurred_at")
			.query(String.class)
			.list()).containsExactly("town.provisioned", "town.suspend", "town.resume", "town.archive");
	}

	/**
	 * Counts what it is asked to create, and fails organizations for the towns it is told
	 * to.
	 */
	static class RecordingIdentity implements TownIdentity {

		final java.util.Set<String> failOrganizationsFor = ConcurrentHashMap.newKeySet();

		final Map<String, AtomicInteger> organizations = new ConcurrentHashMap<>();

		final Map<String, String> admins = new ConcurrentHashMap<>();

		final Map<String, Boolean> signIn = new ConcurrentHashMap<>();

		@Override
		public void ensureOrganization(Town town) {
			if (failOrganizationsFor.contains(town.code())) {
				throw new IllegalStateException("identity provider down");
			}
			organizations.computeIfAbsent(town.code(), code -> new AtomicInteger()).compareAndSet(0, 1);
		}

		@Override
		public void ensureFirstAdmin(Town town, String temporaryPassword, @Nullable String email) {
			admins.put(town.code(), temporaryPassword);
		}

		@Override
		public void setSignInEnabled(Town town, boolean enabled) {
			signIn.put(town.code(), enabled);
		}

	}

	@TestConfiguration
	static class Identity {

		@Bean
		RecordingIdentity recordingIdentity() {
			return new RecordingIdentity();
		}

	}

}
