package org.gongkai.requests.web;

import org.gongkai.requests.api.RequestConsultations;
import org.gongkai.requests.api.RequestDetail;
import org.gongkai.tenancy.api.TenantContext;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * 征求第三方意见 on the request page, for handlers: the letters sent, their answers, the forms.
 */
@Component
class ConsultationSection implements RequestSection {

	private final RequestConsultations consultations;

	ConsultationSection(RequestConsultations consultations) {
		this.consultations = consultations;
	}

	@Override
	public String template() {
		return "requests/sections/consultations";
	}

	@Override
	public int order() {
		return 30;
	}

	@Override
	public void contribute(RequestDetail request, Authentication staff, Model model) {
		// the party may be a person and the question names what it wants kept secret:
		// handlers only, as the applicant's own data
		if (!RequestAccess.of(staff, TenantContext.require()).handles()) {
			return;
		}
		var found = consultations.list(request.trackingCode());
		model.addAttribute("consultations", found);
		model.addAttribute("consultationOpen", found.stream().anyMatch(c -> c.open()));
	}

}
