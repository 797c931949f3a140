package org.gongkai.tenancy.api;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class CreditCodeUnitTests {

	private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	@ParameterizedTest
	@ValueSource(strings = { "113708280043326001", "113306020025825184", "1133068200259085XF", "116223010139324488",
			"11370812004339255B", "11341702486344515H", "11370883004325769B", "113325000026455663",
			"1133068200259085xf" })
	void acceptsRealCodesOfLocalGovernments(String code) {
		assertThat(CreditCode.isValid(code)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "113708280043326001", "1133068200259085XF", "11652301752301009G" })
	void rejectsEverySingleCharacterSubstitution(String valid) {
		for (int position = 0; position < valid.length(); position++) {
			for (char replacement : ALPHABET.toCharArray()) {
				if (replacement != valid.charAt(position)) {
					String changed = valid.substring(0, position) + replacement + valid.substring(position + 1);
					assertThat(CreditCode.isValid(changed)).as(changed).isFalse();
				}
			}
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "11370828004332600", "1137082800433260011", "I13708280043326001", "11370828004332600O",
			"1137082800433260S1", "11370828 004332600" })
	void rejectsWrongLengthAndCharactersOutsideTheAlphabet(String code) {
		assertThat(CreditCode.isValid(code)).isFalse();
	}

}
