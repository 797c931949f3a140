package org.gongkai.portal.web;

import java.util.Arrays;
import java.util.UUID;

import org.gongkai.requests.api.ApplicantType;
import org.gongkai.requests.api.Delivery;
import org.gongkai.requests.api.InformationForm;
import org.gongkai.requests.api.NewRequest;
import org.jspecify.annotations.Nullable;

/**
 * The online application as the browser posts it. Every value is text, so that nothing a
 * visitor types fails to bind: the requests API checks each field and names those at
 * fault. The idempotency key is made when the form is rendered, so a double submit or a
 * retry after a timeout stores one request.
 */
record ApplicationForm(@Nullable String applicantType, @Nullable String name, @Nullable String idNumber,
		@Nullable String organizationName, @Nullable String creditCode, @Nullable String phone, @Nullable String email,
		@Nullable String address, @Nullable String description, @Nullable String form, @Nullable String delivery,
		@Nullable String idempotencyKey) {

	/** A blank form with a fresh key; a natural person, paper by post preselected. */
	static ApplicationForm blank() {
		return new ApplicationForm(ApplicantType.NATURAL_PERSON.name(), null, null, null, null, null, null, null, null,
				null, null, UUID.randomUUID().toString());
	}

	/**
	 * The application, with only the identity that the applicant type asks for: a
	 * person's ID number, or an organisation's name and credit code (the other fields
	 * stay in the form, hidden, when the type changes).
	 */
	NewRequest request() {
		ApplicantType type = value(ApplicantType.class, applicantType);
		boolean organization = type != null && type.isOrganization();
		return new NewRequest(type, name, organization ? null : idNumber, organization ? organizationName : null,
				organization ? creditCode : null, phone, email, address, description,
				value(InformationForm.class, form), value(Delivery.class, delivery));
	}

	private static <E extends Enum<E>> @Nullable E value(Class<E> type, @Nullable String value) {
		return Arrays.stream(type.getEnumConstants())
			.filter(constant -> constant.name().equals(value))
			.findFirst()
			.orElse(null);
	}

}
