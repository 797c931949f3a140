package org.gongkai.tenancy.internal;

import java.util.function.Supplier;

import org.gongkai.tenancy.api.Tenants;

import org.springframework.stereotype.Component;

@Component
class DefaultTenants implements Tenants {

	private final TownAvailability availability;

	DefaultTenants(TownAvailability availability) {
		this.availability = availability;
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
