package org.gongkai.disclosure.api;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What the catalogue tells the rest of the platform (portal caches, the city's read
 * model), published in the transaction of the change; listeners that must see committed
 * data listen after commit.
 */
public sealed interface CatalogueEvent {

	String town();

	UUID itemId();

	record Published(String town, UUID itemId, String indexNumber, String title, LocalDate publishedOn,
			boolean late) implements CatalogueEvent {
	}

	record Revised(String town, UUID itemId, int revision) implements CatalogueEvent {
	}

	/**
	 * @param withdrawnOn the day (China time) of the withdrawal's timestamp
	 */
	record Withdrawn(String town, UUID itemId, String reason, LocalDate withdrawnOn) implements CatalogueEvent {
	}

	record Expired(String town, UUID itemId) implements CatalogueEvent {
	}

	/** Anything else staff did to an item: created, submitted, reviewed, scheduled. */
	record Changed(String town, UUID itemId, ItemState state) implements CatalogueEvent {
	}

}
