package org.gongkai.portal.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.gongkai.requests.api.ApplicantType;
import org.gongkai.requests.api.Delivery;
import org.gongkai.requests.api.InformationForm;
import org.gongkai.requests.api.RequestException;
import org.gongkai.requests.api.RequestReceipt;
import org.gongkai.requests.api.RequestStatus;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What the application, receipt and status pages show, in the visitor's language: each
 * field with its label, hint, value and error, ready for the templates.
 */
@Component
class ApplicationPages {

	/** The requests API's limit on the description. */
	static final int DESCRIPTION_MAX = 2000;

	/** Steps happen in China, whatever zone the server runs in. */
	static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private final PortalText text;

	private final MessageSource messages;

	ApplicationPages(PortalText text, MessageSource messages) {
		this.text = text;
		this.messages = messages;
	}

	/**
	 * @param errors per field, the message to show beside it
	 * @param problem the message at the top, if any
	 * @param open whether the town takes applications (an archived town does not)
	 */
	FormView form(ApplicationForm form, Map<String, String> errors, @Nullable String problem, boolean open,
			Locale locale) {
		Map<String, Field> fields = new LinkedHashMap<>();
		fields.put("name", field("name", "text", form.name(), 50, "name", errors, locale));
		fields.put("idNumber", field("idNumber", "text", form.idNumber(), 18, "off", errors, locale));
		fields.put("organizationName",
				field("organizationName", "text", form.organizationName(), 100, "organization", errors, locale));
		fields.put("creditCode", field("creditCode", "text", form.creditCode(), 18, "off", errors, locale));
		fields.put("phone", field("phone", "tel", form.phone(), 20, "tel", errors, locale));
		fields.put("email", field("email", "email", form.email(), 100, "email", errors, locale));
		fields.put("address", field("address", "text", form.address(), 200, "street-address", errors, locale));
		fields.put("description",
				field("description", "textarea", form.description(), DESCRIPTION_MAX, "off", errors, locale));
		fields.put("applicantType", field("applicantType", "radio", form.applicantType(), 0, "off", errors, locale));
		fields.put("form", field("form", "radio", form.form(), 0, "off", errors, locale));
		fields.put("delivery", field("delivery", "radio", form.delivery(), 0, "off", errors, locale));
		List<Error> summary = errors.entrySet()
			.stream()
			.map(error -> new Error("#" + error.getKey(), error.getValue()))
			.toList();
		return new FormView(open, problem, summary, fields,
				choices(ApplicantType.values(), form.applicantType(), "portal.apply.applicant-type.", locale),
				choices(InformationForm.values(), form.form(), "portal.apply.form.", locale),
				choices(Delivery.values(), form.delivery(), "portal.apply.delivery.", locale),
				Arrays.stream(ApplicantType.values())
					.filter(ApplicantType::isOrganization)
					.map(Enum::name)
					.collect(java.util.stream.Collectors.joining(" ")),
				(form.idempotencyKey() != null && !form.idempotencyKey().isBlank()) ? form.idempotencyKey()
						: java.util.UUID.randomUUID().toString(),
				DESCRIPTION_MAX);
	}

	/** Each field at fault, with its message in the visitor's language. */
	Map<String, String> errors(RequestException ex, Locale locale) {
		Map<String, String> errors = new LinkedHashMap<>();
		ex.fieldErrors().forEach((field, message) -> errors.put(field, messages.getMessage(message, locale)));
		return errors;
	}

	/** The problem's own message: how many fields to correct, or to wait a minute. */
	String problem(RequestException ex, Locale locale) {
		String code = ex.getDetailMessageCode();
		return messages.getMessage((code != null) ? code : "requests.problem.invalid", ex.getDetailMessageArguments(),
				locale);
	}

	ReceiptView receipt(RequestReceipt receipt, Locale locale) {
		return new ReceiptView(receipt.trackingCode(), text.date(receipt.receivedOn(), locale),
				receipt.receivedOn().toString(), text.date(receipt.deadline(), locale), receipt.deadline().toString(),
				receipt.provisional());
	}

	StatusView status(RequestStatus status, Locale locale) {
		DateTimeFormatter time = DateTimeFormatter.ofPattern(text.get("portal.datetime.pattern", locale), locale);
		List<Step> steps = status.timeline()
			.stream()
			.map(step -> new Step(messages.getMessage("requests.event." + step.kind(), null, step.kind(), locale),
					time.format(step.at().atZone(CHINA)), step.at().atZone(CHINA).toOffsetDateTime().toString()))
			.toList();
		return new StatusView(status.trackingCode(), text.get("portal.request-state." + status.state(), locale),
				text.date(status.receivedOn(), locale), text.date(status.deadline(), locale), steps);
	}

	private Field field(String name, String type, @Nullable String value, int max, String autocomplete,
			Map<String, String> errors, Locale locale) {
		String hintKey = "portal.apply.hint." + name;
		String hint = messages.getMessage(hintKey, null, "", locale);
		return new Field(name, type, messages.getMessage("requests.label." + name, null, locale),
				(hint == null || hint.isEmpty()) ? null : hint, (value != null) ? value : "", max, autocomplete,
				errors.get(name), describedBy(name, hint, errors.get(name)));
	}

	private static @Nullable String describedBy(String name, @Nullable String hint, @Nullable String error) {
		String ids = (((hint != null && !hint.isEmpty()) ? name + "-hint " : "")
				+ ((error != null) ? name + "-error" : ""))
			.strip();
		return ids.isEmpty() ? null : ids;
	}

	private <E extends Enum<E>> List<Choice> choices(E[] values, @Nullable String chosen, String prefix,
			Locale locale) {
		return Arrays.stream(values)
			.map(value -> new Choice(value.name(), text.get(prefix + value.name(), locale),
					value.name().equals(chosen)))
			.toList();
	}

	/**
	 * @param open false for an archived town: the form is not offered
	 * @param organizationTypes the applicant types that give an organisation's name and
	 * credit code, for the script that shows only the fields that apply
	 */
	record FormView(boolean open, @Nullable String problem, List<Error> summary, Map<String, Field> fields,
			List<Choice> applicantTypes, List<Choice> forms, List<Choice> deliveries, String organizationTypes,
			String idempotencyKey, int descriptionMax) {
	}

	/**
	 * @param describedBy the ids of the hint and the error, for {@code aria-describedby}
	 */
	record Field(String name, String type, String label, @Nullable String hint, String value, int max,
			String autocomplete, @Nullable String error, @Nullable String describedBy) {
	}

	record Choice(String value, String label, boolean checked) {
	}

	record Error(String href, String message) {
	}

	record ReceiptView(String trackingCode, String receivedOn, String receivedOnIso, String deadline,
			String deadlineIso, boolean provisional) {
	}

	record Step(String label, String at, String atIso) {
	}

	record StatusView(String trackingCode, String state, String receivedOn, String deadline, List<Step> timeline) {
	}

}
