/**
 * 主动公开: a town's catalogue of proactively disclosed government information. So far its
 * category tree (政府信息公开目录); items, review, publication and the public portal follow.
 */
@ApplicationModule(displayName = "Disclosure", allowedDependencies = { "tenancy :: api", "calendar :: api" })
@NullMarked
package org.gongkai.disclosure;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
