/**
 * 政府信息公开工作年度报告: the town's annual report in the 2021 national format. Tables 三 and 四 are
 * computed from the request and review-case records, table 二 is entered by staff and
 * checked, sections 一 and 五 start from a draft quoting the real figures; every arithmetic
 * rule of the form is checked before the report may go further.
 */
@ApplicationModule(displayName = "Reporting",
		allowedDependencies = { "tenancy :: api", "requests :: api", "disclosure :: api" })
@NullMarked
package org.gongkai.reporting;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
