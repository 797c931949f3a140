package org.gongkai.requests.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A letter of the office laid out as official letters are: number, title, salutation,
 * paragraphs (each indented two characters), sender and date. Reply letters, fee notices
 * and consultation letters all print from one.
 *
 * @param documentNumber 文号, printed top right when there is one
 * @param sender the office that signs (and seals) it
 */
record Letter(@Nullable String documentNumber, String title, String salutation, List<String> paragraphs, String sender,
		LocalDate date) {

	Letter {
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(salutation, "salutation");
		Objects.requireNonNull(sender, "sender");
		Objects.requireNonNull(date, "date");
		paragraphs = List.copyOf(paragraphs);
	}

}
