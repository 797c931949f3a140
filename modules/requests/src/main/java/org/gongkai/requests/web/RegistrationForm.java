package org.gongkai.requests.web;

import org.gongkai.requests.api.ApplicantType;
import org.gongkai.requests.api.Delivery;
import org.gongkai.requests.api.InformationForm;
import org.gongkai.requests.api.NewRequest;
import org.gongkai.web.Lenient;
import org.jspecify.annotations.Nullable;

/**
 * The staff form for an application received off line, as typed: kept as text so that a
 * refused form comes back with every entry in place.
 */
record RegistrationForm(@Nullable String channel, @Nullable String receivedOn, @Nullable String applicantType,
		@Nullable String name, @Nullable String idNumber, @Nullable String organizationName,
		@Nullable String creditCode, @Nullable String phone, @Nullable String email, @Nullable String address,
		@Nullable String description, @Nullable String form, @Nullable String delivery) {

	/** A blank form: a natural person handing in a paper application today. */
	static RegistrationForm blank(String today) {
		return new RegistrationForm(null, today, ApplicantType.NATURAL_PERSON.name(), null, null, null, null, null,
				null, null, null, InformationForm.PAPER.name(), Delivery.PICKUP.name());
	}

	/**
	 * The application, with only the identity its applicant type asks for: a person's ID
	 * number, or an organisation's name and credit code.
	 */
	NewRequest request() {
		ApplicantType type = Lenient.enumValue(ApplicantType.class, applicantType);
		boolean organization = type != null && type.isOrganization();
		return new NewRequest(type, name, organization ? null : Lenient.text(idNumber),
				organization ? Lenient.text(organizationName) : null, organization ? Lenient.text(creditCode) : null,
				phone, Lenient.text(email), Lenient.text(address), description,
				Lenient.enumValue(InformationForm.class, form), Lenient.enumValue(Delivery.class, delivery));
	}

}
