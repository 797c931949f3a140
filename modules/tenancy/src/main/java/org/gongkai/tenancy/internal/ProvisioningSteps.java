package org.gongkai.tenancy.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.gongkai.tenancy.api.ProvisioningStatus.StepState;
import org.gongkai.tenancy.api.ProvisioningStep;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Table {@code platform.provisioning_step}: each step's state, attempts, times and last
 * error.
 */
@Component
class ProvisioningSteps {

	private final JdbcClient platform;

	ProvisioningSteps(@Qualifier("platformJdbc") JdbcClient platform) {
		this.platform = platform;
	}

	/** Records every step as pending, keeping the state of steps already recorded. */
	void init(String code) {
		for (ProvisioningStep step : ProvisioningStep.values()) {
			platform.sql("""
					INSERT INTO platform.provisioning_step (town_code, step, position, state)
					VALUES (:code, :step, :position, 'PENDING') ON CONFLICT DO NOTHING
					""").param("code", code).param("step", step.name()).param("position", step.ordinal()).update();
		}
	}

	/** Runs one step, recording it as running, then done or failed. */
	void run(String code, ProvisioningStep step, Runnable work) {
		platform.sql("""
				UPDATE platform.provisioning_step
				SET state = 'RUNNING', attempts = attempts + 1, started_at = now(), finished_at = null, error = null
				WHERE town_code = :code AND step = :step
				""").param("code", code).param("step", step.name()).update();
		try {
			work.run();
		}
		catch (RuntimeException ex) {
			finish(code, step, "FAILED", String.valueOf(ex.getMessage()));
			throw ex;
		}
		finish(code, step, "DONE", null);
	}

	void skip(String code, ProvisioningStep step) {
		finish(code, step, "SKIPPED", null);
	}

	List<StepState> list(String code) {
		return platform.sql("""
				SELECT step, state, attempts, started_at, finished_at, error FROM platform.provisioning_step
				WHERE town_code = :code ORDER BY position
				""")
			.param("code", code)
			.query((row, n) -> new StepState(ProvisioningStep.valueOf(row.getString("step")), row.getString("state"),
					row.getInt("attempts"), instant(row.getTimestamp("started_at")),
					instant(row.getTimestamp("finished_at")), row.getString("error")))
			.list();
	}

	private void finish(String code, ProvisioningStep step, String state, @Nullable String error) {
		platform.sql("""
				UPDATE platform.provisioning_step SET state = :state, finished_at = now(), error = :error
				WHERE town_code = :code AND step = :step
				""")
			.param("state", state)
			.param("error", error)
			.param("code", code)
			.param("step", step.name())
			.update();
	}

	private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

}
