package org.gongkai.tenancy.internal;

import org.gongkai.tenancy.api.TownRegistry;
import org.gongkai.tenancy.api.TownStatus;
import org.gongkai.tenancy.api.TownUnavailableException;

import org.springframework.stereotype.Component;

/**
 * Whether a town can be worked in now: it exists, it is provisioned, and its schema is
 * current. A town that fails this is refused (503) on its own; the other towns go on.
 */
@Component
class TownAvailability {

	private final TownRegistry registry;

	private final TownSchemas schemas;

	TownAvailability(TownRegistry registry, TownSchemas schemas) {
		this.registry = registry;
		this.schemas = schemas;
	}

	void check(String code) {
		var town = registry.require(code);
		if (town.status() == TownStatus.PROVISIONING || town.status() == TownStatus.FAILED) {
			throw new TownUnavailableException(code, town.name(), "provisioning");
		}
		var schema = schemas.get(town);
		switch (schema.state()) {
			case CURRENT -> {
			}
			case BEHIND -> throw new TownUnavailableException(code, town.name(), "behind");
			case FAILED -> throw new TownUnavailableException(code, town.name(), "failed");
		}
	}

}
