/**
 * 依申请公开: citizens' disclosure requests, from intake through the statutory deadline (补正,
 * consultations, extension, fee notice) to the decision, its reply letter and delivery,
 * with review and litigation cases linked to them.
 */
@ApplicationModule(displayName = "Requests",
		allowedDependencies = { "tenancy :: api", "calendar :: api", "disclosure :: api" })
@NullMarked
package org.gongkai.requests;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
