package org.gongkai.tenancy.api;

import org.jspecify.annotations.Nullable;

/**
 * Creates towns as a sequence of recorded, idempotent steps ({@link ProvisioningStep}):
 * provisioning the same town again completes whatever an earlier attempt left undone and
 * changes nothing else; the same code, division code or credit code for a different town
 * is refused.
 */
public interface TownProvisioning {

	/**
	 * Checks a new town without changing anything, and answers it normalised.
	 * @throws InvalidTownException when a field is malformed
	 * @throws TownConflictException when the code, division code or credit code belongs
	 * to another town
	 */
	NewTown check(NewTown town);

	/**
	 * Provisions the town now, on this thread; without a first administrator that step is
	 * skipped.
	 */
	Town provision(NewTown town, @Nullable FirstAdmin admin);

	default Town provision(NewTown town) {
		return provision(town, null);
	}

	/**
	 * Checks the town, records it and its pending steps, and provisions it in the
	 * background; {@link #status} shows the progress.
	 */
	ProvisioningStatus start(NewTown town, @Nullable FirstAdmin admin);

	/** The town and the state of each provisioning step. */
	ProvisioningStatus status(String code);

}
