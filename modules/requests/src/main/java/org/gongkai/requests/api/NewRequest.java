package org.gongkai.requests.api;

import org.jspecify.annotations.Nullable;

/**
 * An application as the applicant fills it in (regulation art. 29): who, how to reach
 * them, what information, in what form and how to receive it. Checked field by field by
 * {@link RequestIntake}.
 *
 * @param idNumber a natural person's resident ID (居民身份证号码, checked)
 * @param organizationName an organisation's name, with its {@code creditCode}
 */
public record NewRequest(@Nullable ApplicantType applicantType, @Nullable String name, @Nullable String idNumber,
		@Nullable String organizationName, @Nullable String creditCode, @Nullable String phone, @Nullable String email,
		@Nullable String address, @Nullable String description, @Nullable InformationForm form,
		@Nullable Delivery delivery) {
}
