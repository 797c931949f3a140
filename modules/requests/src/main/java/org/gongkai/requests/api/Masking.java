package org.gongkai.requests.api;

import org.jspecify.annotations.Nullable;

/**
 * How personal data looks to those who may not see it whole: the first character of a
 * name, the region and last digit of an ID, the first three and last four digits of a
 * phone (enough to tell applicants apart on a list, not to identify them).
 */
public final class Masking {

	private Masking() {
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
