package org.gongkai.tenancy.internal;

import org.gongkai.tenancy.api.NoTownSelectedException;
import org.hibernate.context.spi.CurrentTenantIdentifierResolver;

import org.springframework.stereotype.Component;

/**
 * Hibernate asks this when a session opens. Sessions do open without a town (Spring Data
 * builds its queries at start-up), so they get {@link #NO_TOWN}, which is not a town
 * code; the connection provider refuses it, and the first SQL of such a session fails
 * with {@link NoTownSelectedException}.
 */
@Component
class TenantIdentifierResolver implements CurrentTenantIdentifierResolver<String> {

	static final String NO_TOWN = "(no town)";

	@Override
	public String resolveCurrentTenantIdentifier() {
		String code = CurrentTown.get();
		return (code != null) ? code : NO_TOWN;
	}

	@Override
	public boolean validateExistingCurrentSessions() {
		return true;
	}

}
