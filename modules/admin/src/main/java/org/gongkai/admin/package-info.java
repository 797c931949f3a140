/**
 * Platform administration: provisioning towns (with progress and retry), suspending,
 * resuming and archiving them. Everything here is for {@code platform-admin} and is
 * audited by tenancy.
 */
@ApplicationModule(displayName = "Admin")
@NullMarked
package org.gongkai.admin;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
