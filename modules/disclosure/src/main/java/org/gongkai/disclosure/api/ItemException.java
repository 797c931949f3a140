package org.gongkai.disclosure.api;

import java.util.List;
import java.util.Map;

import org.gongkai.web.ProblemException;

import org.springframework.http.HttpStatus;

/**
 * An item change that cannot be made: invalid fields (400), unknown (404), stale or out
 * of turn (409).
 */
public class ItemException extends ProblemException {

	private ItemException(HttpStatus status, String reason, Map<String, Object> properties, Object... arguments) {
		super(status, "disclosure.problem.item." + reason, properties, arguments);
	}

	public static ItemException invalid(List<String> fields) {
		return new ItemException(HttpStatus.BAD_REQUEST, "invalid", Map.of("fields", fields),
				String.join(", ", fields));
	}

	public static ItemException notFound(Object id) {
		return new ItemException(HttpStatus.NOT_FOUND, "not-found", Map.of(), id);
	}

	public static ItemException changedMeanwhile(String title) {
		return new ItemException(HttpStatus.CONFLICT, "changed-meanwhile", Map.of(), title);
	}

	public static ItemException wrongState(String title, ItemState state) {
		return new ItemException(HttpStatus.CONFLICT, "wrong-state", Map.of("state", state.name()), title,
				state.name());
	}

}
