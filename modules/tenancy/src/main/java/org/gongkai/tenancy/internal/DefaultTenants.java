package org.gongkai.tenancy.internal;

import java.util.function.IntSupplier;
import java.util.function.Supplier;

import org.gongkai.tenancy.api.Tenants;
import org.gongkai.tenancy.api.TownRegistry;
import org.gongkai.tenancy.api.TownStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

@Component
class DefaultTenants implements Tenants {

	private static final Logger log = LoggerFactory.getLogger(DefaultTenants.class);

	private final TownAvailability availability;

	private final TownRegistry towns;

	DefaultTenants(TownAvailability availability, TownRegistry towns) {
		this.availability = availability;
		this.towns = towns;
	}

	@Override
	public int inEveryActiveTown(String what, IntSupplier work) {
		int changed = 0;
		for (var town : towns.all()) {
			if (town.status() != TownStatus.ACTIVE) {
				continue;
			}
			try {
				int here = callAs(town.code(), work::getAsInt);
				if (here > 0) {
					log.info("{}: {} in {}", what, here, town.code());
				}
				changed += here;
			}
			catch (RuntimeException ex) {
				log.warn("{} failed in {}: {}", what, town.code(), ex.getMessage());
			}
		}
		return changed;
	}

	@Override
	public <T> T callAs(String code, Supplier<T> work) {
		try (TenantScope scope = enter(code)) {
			return work.get();
		}
	}

	@Override
	public TenantScope enter(String code) {
		availability.check(code);
		String previous = CurrentTown.swap(code);
		return () -> CurrentTown.swap(previous);
	}

}
