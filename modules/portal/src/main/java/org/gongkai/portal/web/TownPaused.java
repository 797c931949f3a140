package org.gongkai.portal.web;

import org.gongkai.tenancy.api.Town;

/**
 * The town is suspended: its pages say the service is paused (503) and show nothing else.
 */
class TownPaused extends RuntimeException {

	private final Town town;

	TownPaused(Town town) {
		super(town.code(), null, false, false);
		this.town = town;
	}

	Town town() {
		return town;
	}

}
