package org.gongkai.admin.web;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * First passwords for new town administrators: 14 characters meeting the realm's policy
 * (upper and lower case, digit, special character), without look-alikes such as 0/O and
 * 1/l/I.
 */
final class TemporaryPasswords {

	private static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";

	private static final String LOWER = "abcdefghijkmnpqrstuvwxyz";

	private static final String DIGITS = "23456789";

	private static final String SPECIAL = "@#%+=!?";

	private static final String ALL = UPPER + LOWER + DIGITS + SPECIAL;

	private final SecureRandom random = new SecureRandom();

	String next() {
		List<Character> chars = new ArrayList<>();
		for (String set : List.of(UPPER, LOWER, DIGITS, SPECIAL)) {
			chars.add(pick(set));
		}
		while (chars.size() < 14) {
			chars.add(pick(ALL));
		}
		Collections.shuffle(chars, random);
		var password = new StringBuilder();
		chars.forEach(password::append);
		return password.toString();
	}

	private char pick(String set) {
		return set.charAt(random.nextInt(set.length()));
	}

}
