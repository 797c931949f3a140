package org.gongkai.requests.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.gongkai.requests.api.LitigationRoute;
import org.gongkai.requests.api.RequestDetail;
import org.gongkai.requests.api.ReviewCase;
import org.gongkai.requests.api.ReviewCases;
import org.gongkai.requests.api.ReviewKind;
import org.gongkai.requests.api.ReviewOutcome;
import org.gongkai.tenancy.api.TenantContext;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The request's 行政复议 and 行政诉讼 cases on the staff page, with the forms to open one and
 * record its outcome for the request's handlers.
 */
@Component
class ReviewCasesSection implements RequestSection {

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private final ReviewCases cases;

	private final Clock clock;

	ReviewCasesSection(ReviewCases cases, Clock clock) {
		this.cases = cases;
		this.clock = clock;
	}

	@Override
	public String template() {
		return "requests/sections/cases";
	}

	@Override
	public int order() {
		return 60;
	}

	@Override
	public void contribute(RequestDetail request, Authentication staff, Model model) {
		List<ReviewCase> found = cases.cases(request.trackingCode());
		model.addAttribute("reviewCases", found);
		model.addAttribute("reviewHandles", RequestAccess.of(staff, TenantContext.require()).handles());
		model.addAttribute("reviewReconsiderations",
				found.stream().filter(c -> c.kind() == ReviewKind.RECONSIDERATION).toList());
		model.addAttribute("reviewKinds", ReviewKind.values());
		model.addAttribute("reviewRoutes", LitigationRoute.values());
		model.addAttribute("reviewOutcomes", ReviewOutcome.values());
		model.addAttribute("reviewToday", LocalDate.now(clock.withZone(CHINA)));
	}

}
