package org.gongkai.portal.web;

import java.util.List;
import java.util.Set;

import org.gongkai.tenancy.api.Town;
import org.gongkai.tenancy.api.TownRegistry;
import org.gongkai.tenancy.api.TownStatus;

import org.springframework.stereotype.Component;

/**
 * The towns as the public sees them. The tenancy interceptor has already answered 404 for
 * an unknown town and 503 for one not provisioned or whose schema is not current; a
 * suspended town passes it (its data stays intact) and is refused here.
 */
@Component
class PortalTowns {

	private static final Set<TownStatus> LISTED = Set.of(TownStatus.ACTIVE, TownStatus.SUSPENDED, TownStatus.ARCHIVED);

	private final TownRegistry registry;

	PortalTowns(TownRegistry registry) {
		this.registry = registry;
	}

	/** The town whose pages are asked for, or {@link TownPaused}. */
	Town open(String code) {
		Town town = registry.require(code);
		if (town.status() == TownStatus.SUSPENDED) {
			throw new TownPaused(town);
		}
		return town;
	}

	/** Every town in service, paused or archived, by code. */
	List<Town> listed() {
		return registry.all().stream().filter(town -> LISTED.contains(town.status())).toList();
	}

	/** Towns whose pages can be read: listed and not paused. */
	List<Town> readable() {
		return listed().stream().filter(town -> town.status() != TownStatus.SUSPENDED).toList();
	}

}
