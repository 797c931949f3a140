package org.gongkai.requests.internal;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * 公民身份号码 (GB 11643-1999): 6-digit address code, birth date yyyyMMdd, 3-digit sequence and
 * a check character computed with ISO 7064 MOD 11-2 (X for 10).
 */
final class ResidentId {

	private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

	private static final String CHECK = "10X98765432";

	private ResidentId() {
	}

	static boolean isValid(String number, LocalDate today) {
		if (!number.matches("\\d{17}[\\dX]")) {
			return false;
		}
		try {
			LocalDate born = LocalDate.of(Integer.parseInt(number.substring(6, 10)),
					Integer.parseInt(number.substring(10, 12)), Integer.parseInt(number.substring(12, 14)));
			if (born.isAfter(today) || born.getYear() < 1900) {
				return false;
			}
		}
		catch (DateTimeException ex) {
			return false;
		}
		return number.charAt(17) == checkCharacter(number.substring(0, 17));
	}

	static char checkCharacter(String first17) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (first17.charAt(i) - '0') * WEIGHTS[i];
		}
		return CHECK.charAt(sum % 11);
	}

}
