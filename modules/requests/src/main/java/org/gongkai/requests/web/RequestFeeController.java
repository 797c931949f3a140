package org.gongkai.requests.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.gongkai.requests.api.Fee;
import org.gongkai.requests.api.FeeMethod;
import org.gongkai.requests.api.FeeNotice;
import org.gongkai.requests.api.FeesCollected;
import org.gongkai.requests.api.RequestException;
import org.gongkai.requests.api.RequestFees;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * 信息处理费 on a request, for the officers and reviewers who handle it: quote, send the 收费通知,
 * record payment or waiver, print the notice, and the year's fees collected for the
 * annual report. The method comes as text so that a wrong one is named in the caller's
 * language like any other field.
 */
@RestController
@RequestMapping("/api/v1/towns/{code}/requests")
@PreAuthorize(RequestAccess.HANDLERS)
class RequestFeeController {

	private final RequestFees fees;

	RequestFeeController(RequestFees fees) {
		this.fees = fees;
	}

	@GetMapping("/{trackingCode}/fees/quote")
	Fee quote(@PathVariable String code, @PathVariable String trackingCode,
			@RequestParam(required = false) @Nullable String method,
			@RequestParam(required = false) @Nullable String pages) {
		return fees.quote(trackingCode, method(method), pages(pages));
	}

	@PostMapping("/{trackingCode}/fees")
	@ResponseStatus(HttpStatus.CREATED)
	FeeNotice notice(@PathVariable String code, @PathVariable String trackingCode, @RequestBody NoticeForm form,
			Authentication staff) {
		return fees.notice(trackingCode, method(form.method()), form.pages(), form.sentOn(), staff.getName());
	}

	@PostMapping("/{trackingCode}/fees/paid")
	FeeNotice paid(@PathVariable String code, @PathVariable String trackingCode, @RequestBody PaymentForm form,
			Authentication staff) {
		return fees.paid(trackingCode, form.paidOn(), staff.getName());
	}

	@PostMapping("/{trackingCode}/fees/waived")
	FeeNotice waived(@PathVariable String code, @PathVariable String trackingCode, @RequestBody WaiverForm form,
			Authentication staff) {
		return fees.waived(trackingCode, form.waivedOn(), form.waiverReason(), staff.getName());
	}

	@GetMapping("/{trackingCode}/fees")
	List<FeeNotice> notices(@PathVariable String code, @PathVariable String trackingCode) {
		return fees.notices(trackingCode);
	}

	@GetMapping("/{trackingCode}/fees/notice.docx")
	ResponseEntity<byte[]> noticeDocx(@PathVariable String code, @PathVariable String trackingCode) {
		return file(fees.noticeDocx(trackingCode), trackingCode + "-收费通知书.docx",
				"application/vnd.openxmlformats-officedocument.wordprocessingml.document");
	}

	@GetMapping("/{trackingCode}/fees/notice.pdf")
	ResponseEntity<byte[]> noticePdf(@PathVariable String code, @PathVariable String trackingCode) {
		return file(fees.noticePdf(trackingCode), trackingCode + "-收费通知书.pdf", "application/pdf");
	}

	/** For the annual report's section 六: fees paid in the year, by payment date. */
	@GetMapping("/fees/collected")
	FeesCollected collected(@PathVariable String code, @RequestParam int year) {
		return fees.collected(year);
	}

	static ResponseEntity<byte[]> file(byte[] content, String name, String type) {
		return Downloads.file(content, name, type);
	}

	/** The method named by its constant; blank is absent, anything else is refused. */
	static @Nullable FeeMethod method(@Nullable String method) {
		if (method == null || method.isBlank()) {
			return null;
		}
		try {
			return FeeMethod.valueOf(method.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw RequestException.invalid(Map.of("method", List.of("fee-method")));
		}
	}

	/** A whole number of pages; blank is absent, anything else is refused. */
	static @Nullable Integer pages(@Nullable String pages) {
		if (pages == null || pages.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(pages.strip());
		}
		catch (NumberFormatException ex) {
			throw RequestException.invalid(Map.of("pages", List.of("fee-pages", RequestFees.MAX_PAGES)));
		}
	}

	record NoticeForm(@Nullable String method, @Nullable Integer pages, @Nullable LocalDate sentOn) {
	}

	record PaymentForm(@Nullable LocalDate paidOn) {
	}

	record WaiverForm(@Nullable LocalDate waivedOn, @Nullable String waiverReason) {
	}

}
