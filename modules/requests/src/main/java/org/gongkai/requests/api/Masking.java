package org.gongkai.requests.api;

import org.jspecify.annotations.Nullable;

/**
 * How personal data looks to those who may not see it whole: the first character of a
 * name, the region and last digit of an ID, the first three and last four digits of a
 * phone (enough to tell applicants apart on a list, not to identify them).
 */
public final class Masking {

	/**
	 * Runs of digits long enough to be a phone, ID or account number (an X may end an
	 * ID).
	 */
	private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("\\d{7,}[\\dXx]*");

	private static final java.util.regex.Pattern EMAIL = java.util.regex.Pattern
		.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");

	private Masking() {
	}

	/**
	 * Free text an applicant typed (the description of what they ask for), with what
	 * looks like a phone, ID or account number or an e-mail address masked: applicants
	 * write them there too. Dates and years, shorter than seven digits, stay.
	 */
	public static String freeText(String text) {
		String masked = EMAIL.matcher(text).replaceAll(match -> "***@***");
		return NUMBER.matcher(masked).replaceAll(match -> {
			String number = match.group();
			return number.substring(0, 3) + "*".repeat(number.length() - 5) + number.substring(number.length() - 2);
		});
	}

	public static String name(String name) {
		return name.isEmpty() ? name : name.charAt(0) + "*".repeat(Math.max(1, name.length() - 1));
	}

	public static @Nullable String idNumber(@Nullable String id) {
		return (id == null || id.length() < 7) ? id
				: id.substring(0, 6) + "*".repeat(id.length() - 7) + id.charAt(id.length() - 1);
	}

	public static String phone(String phone) {
		return (phone.length() < 8) ? "*".repeat(phone.length())
				: phone.substring(0, 3) + "*".repeat(phone.length() - 7) + phone.substring(phone.length() - 4);
	}

}
