package org.gongkai.requests.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.gongkai.requests.api.ApplicantType;
import org.gongkai.requests.api.Delivery;
import org.gongkai.requests.api.NewRequest;
import org.gongkai.requests.api.RequestException;
import org.gongkai.tenancy.api.CreditCode;
import org.jspecify.annotations.Nullable;

/**
 * Checks an application field by field, all at once, so the form can show every problem;
 * control characters are refused everywhere (they are never typed, only injected).
 */
final class RequestChecks {

	private static final Pattern PHONE = Pattern.compile("1\\d{10}|0\\d{2,3}-?\\d{7,8}");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private RequestChecks() {
	}

	/** The application with its text stripped, or every problem found. */
	static NewRequest checked(NewRequest request, LocalDate today) {
		return checked(request, today, new LinkedHashMap<>());
	}

	/**
	 * The same, reporting the problems with those the caller found already ({@code bad}).
	 */
	static NewRequest checked(NewRequest request, LocalDate today, Map<String, List<Object>> bad) {
		if (request.applicantType() == null) {
			bad.put("applicantType", List.of("required"));
		}
		String name = text(request.name(), 50, true, bad, "name");
		String idNumber = null;
		String organizationName = null;
		String creditCode = null;
		if (request.applicantType() == ApplicantType.NATURAL_PERSON) {
			idNumber = text(request.idNumber(), 18, true, bad, "idNumber");
			if (idNumber != null) {
				idNumber = idNumber.toUpperCase(Locale.ROOT);
				if (!ResidentId.isValid(idNumber, today)) {
					bad.put("idNumber", List.of("id-number"));
				}
			}
		}
		else if (request.applicantType() != null) {
			organizationName = text(request.organizationName(), 100, true, bad, "organizationName");
			creditCode = text(request.creditCode(), 18, true, bad, "creditCode");
			if (creditCode != null) {
				creditCode = creditCode.toUpperCase(Locale.ROOT);
				if (!CreditCode.isValid(creditCode)) {
					bad.put("creditCode", List.of("credit-code"));
				}
			}
		}
		String phone = text(request.phone(), 20, true, bad, "phone");
		if (phone != null && !PHONE.matcher(phone).matches()) {
			bad.put("phone", List.of("phone"));
		}
		String email = text(request.email(), 100, request.delivery() == Delivery.EMAIL, bad, "email");
		if (email != null && !EMAIL.matcher(email).matches()) {
			bad.put("email", List.of("email"));
		}
		String address = text(request.address(), 200, request.delivery() == Delivery.POST, bad, "address");
		String description = text(request.description(), 2000, true, bad, "description");
		if (request.form() == null) {
			bad.put("form", List.of("required"));
		}
		if (request.delivery() == null) {
			bad.put("delivery", List.of("required"));
		}
		if (!bad.isEmpty()) {
			throw RequestException.invalid(bad);
		}
		return new NewRequest(request.applicantType(), name, idNumber, organizationName, creditCode, phone, email,
				address, description, request.form(), request.delivery());
	}

	/** Application fields keep line breaks (a description may run over lines). */
	private static @Nullable String text(@Nullable String value, int max, boolean required,
			Map<String, List<Object>> bad, String field) {
		return RecordChecks.text(value, max, required, true, bad, field);
	}

}
