package org.gongkai.tenancy.api;

/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters from a 31-symbol alphabet, the last one a
 * mod-31 check character over the first seventeen.
 */
public final class CreditCode {

	private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	private static final int[] WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

	private CreditCode() {
	}

	/**
	 * Whether the code is well formed and its check character right; lower case is
	 * accepted.
	 */
	public static boolean isValid(String code) {
		String normalised = code.strip().toUpperCase();
		if (normalised.length() != 18) {
			return false;
		}
		for (int i = 0; i < 18; i++) {
			if (ALPHABET.indexOf(normalised.charAt(i)) < 0) {
				return false;
			}
		}
		return checkCharacter(normalised.substring(0, 17)) == normalised.charAt(17);
	}

	/** The check character for the first seventeen characters. */
	public static char checkCharacter(String first17) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			int value = ALPHABET.indexOf(first17.charAt(i));
			if (value < 0) {
				throw new IllegalArgumentException("Not a credit code character: " + first17.charAt(i));
			}
			sum += value * WEIGHTS[i];
		}
		int check = 31 - (sum % 31);
		return ALPHABET.charAt((check == 31) ? 0 : check);
	}

}
