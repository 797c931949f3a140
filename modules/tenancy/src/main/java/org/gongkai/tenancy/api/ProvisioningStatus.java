package org.gongkai.tenancy.api;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** A town and how far its provisioning got, step by step. */
public record ProvisioningStatus(Town town, List<StepState> steps) {

	/** One step's state: PENDING, RUNNING, DONE, FAILED or SKIPPED. */
	public record StepState(ProvisioningStep step, String state, int attempts, @Nullable Instant startedAt,
			@Nullable Instant finishedAt, @Nullable String error) {
	}

}
