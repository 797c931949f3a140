/**
 * 乡镇 as tenants: the town registry in schema {@code platform}, one schema and one NOLOGIN
 * role per town, the connection wiring that confines town work to its own schema,
 * per-town migrations and the town audit trail.
 */
@ApplicationModule(displayName = "Tenancy")
@NullMarked
package org.gongkai.tenancy;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
