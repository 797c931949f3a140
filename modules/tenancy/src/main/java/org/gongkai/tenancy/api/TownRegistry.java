package org.gongkai.tenancy.api;

import java.util.List;
import java.util.Optional;

/** The towns the platform hosts (schema {@code platform}, table {@code town}). */
public interface TownRegistry {

	/** Every town, ordered by code. */
	List<Town> all();

	Optional<Town> find(String code);

	/**
	 * The town's status as the database has it now, bypassing this replica's copy: for
	 * decisions that must follow a suspension at once.
	 */
	Optional<TownStatus> statusNow(String code);

	/** The town with that code, or {@link UnknownTownException}. */
	default Town require(String code) {
		return find(code).orElseThrow(() -> new UnknownTownException(code));
	}

}
