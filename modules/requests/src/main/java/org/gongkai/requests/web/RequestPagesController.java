package org.gongkai.requests.web;

import java.util.Comparator;
import java.util.List;

import org.gongkai.requests.api.RequestDesk;
import org.gongkai.requests.api.RequestDetail;
import org.gongkai.tenancy.api.TownRegistry;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * A town's requests for its staff: the inbox and the request page. The security chain has
 * checked membership of {@code code} (city supervisors read); personal data is whole only
 * for request officers and reviewers.
 */
@Controller
@RequestMapping("/staff/towns/{code}/requests")
class RequestPagesController {

	private final RequestDesk desk;

	private final TownRegistry towns;

	private final List<RequestSection> sections;

	RequestPagesController(RequestDesk desk, TownRegistry towns, List<RequestSection> sections) {
		this.desk = desk;
		this.towns = towns;
		this.sections = sections.stream().sorted(Comparator.comparingInt(RequestSection::order)).toList();
	}

	@GetMapping("/{trackingCode}")
	String request(@PathVariable String code, @PathVariable String trackingCode, Authentication staff, Model model) {
		RequestAccess access = RequestAccess.of(staff, code);
		RequestDetail found = desk.detail(trackingCode);
		RequestDetail request = access.seesPersonalData() ? found : found.masked();
		model.addAttribute("town", towns.require(code));
		model.addAttribute("access", access);
		model.addAttribute("request", request);
		sections.forEach(section -> section.contribute(request, staff, model));
		model.addAttribute("sections", sections);
		return "requests/request";
	}

}
