package org.gongkai.requests.web;

import java.util.List;
import java.util.Locale;

import org.gongkai.requests.api.Fee;
import org.gongkai.requests.api.FeeMethod;
import org.gongkai.requests.api.FeeNotice;
import org.gongkai.requests.api.RequestDetail;
import org.gongkai.requests.api.RequestFees;
import org.gongkai.tenancy.api.TenantContext;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The request page's 信息处理费 part: the notices with their breakdown and state for everyone
 * who may read the request; the forms (quote, send, payment, waiver) and the letters,
 * which name the applicant, only for officers and reviewers.
 */
@Component
class FeeSection implements RequestSection {

	private final RequestFees fees;

	private final MessageSource messages;

	FeeSection(RequestFees fees, MessageSource messages) {
		this.fees = fees;
		this.messages = messages;
	}

	@Override
	public String template() {
		return "requests/sections/fees";
	}

	@Override
	public int order() {
		return 40;
	}

	@Override
	public void contribute(RequestDetail request, Authentication staff, Model model) {
		boolean handles = RequestAccess.of(staff, TenantContext.require()).handles();
		Locale locale = LocaleContextHolder.getLocale();
		List<NoticeView> notices = fees.notices(request.trackingCode())
			.stream()
			.map(notice -> NoticeView.of(notice, messages, locale))
			.toList();
		boolean open = notices.stream().anyMatch(view -> view.notice().open());
		model.addAttribute("feeNotices", notices);
		model.addAttribute("feeHandles", handles);
		model.addAttribute("feeCanNotice", handles && request.state().isOpen() && !open);
		model.addAttribute("feeCanSettle", handles && request.state().isOpen() && open);
		model.addAttribute("feeMethods", FeeMethod.values());
		if (!model.containsAttribute("feeForm")) {
			model.addAttribute("feeForm", new FeePagesController.FeeForm(null, null, null, null, null, null));
		}
	}

	/**
	 * A notice with its counted units and breakdown worded for the reader.
	 */
	record NoticeView(FeeNotice notice, String units, List<String> bands) {

		static NoticeView of(FeeNotice notice, MessageSource messages, Locale locale) {
			Fee fee = notice.fee();
			Integer counted = (fee.method() == FeeMethod.PER_REQUEST) ? notice.nthRequestOfMonth() : notice.pages();
			String units = messages.getMessage("requests.page.fees.units." + fee.method(), new Object[] { counted },
					locale);
			List<String> bands = fee.bands()
				.stream()
				.map(band -> messages.getMessage("requests.fee.band." + fee.method() + (band.free() ? ".free" : ""),
						new Object[] { band.from(), band.to(), band.count(), band.unitPrice(), band.subtotal() },
						locale))
				.toList();
			return new NoticeView(notice, units, bands);
		}

	}

}
