package org.gongkai.tenancy.api;

/**
 * Creates towns: registry row, NOLOGIN role, schema owned by that role, migrations,
 * activation. Every step is idempotent, so provisioning the same town again completes
 * what is missing and changes nothing else.
 */
public interface TownProvisioning {

	/**
	 * @throws InvalidTownException when a field is malformed
	 * @throws TownConflictException when the code, division code or credit code belongs
	 * to another town
	 */
	Town provision(NewTown town);

}
