/**
 * What other modules may use of tenancy: the town registry, the tenant context,
 * provisioning, migrations.
 */
@NamedInterface("api")
@NullMarked
package org.gongkai.tenancy.api;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.NamedInterface;
