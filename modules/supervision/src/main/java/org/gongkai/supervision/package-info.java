/**
 * 督查: the city's read model of every town. Town transactions write outbox rows in their
 * own schema as they change (items published or withdrawn, requests received or decided,
 * deadline alerts); a relay delivers them once to daily counters in schema
 * {@code supervision}; dashboards read only those counters, so their cost does not grow
 * with the towns' data. A rebuild recomputes the counters from the towns' own tables.
 */
@ApplicationModule(displayName = "Supervision",
		allowedDependencies = { "tenancy :: api", "disclosure :: api", "requests :: api", "reporting :: api",
				"calendar :: api" })
@NullMarked
package org.gongkai.supervision;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
