package org.gongkai.tenancy.internal;

import java.util.Set;

import org.gongkai.tenancy.api.Town;
import org.gongkai.tenancy.api.TownIdentity;
import org.gongkai.tenancy.api.TownLifecycle;
import org.gongkai.tenancy.api.TownStateException;
import org.gongkai.tenancy.api.TownStatus;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * ACTIVE ⇄ SUSPENDED, and ACTIVE or SUSPENDED → ARCHIVED for ever. The registry changes
 * first, so staff requests are refused from the next one on; then sign-in is switched in
 * Keycloak.
 */
@Service
class DefaultTownLifecycle implements TownLifecycle {

	private final JdbcTownRegistry registry;

	private final ObjectProvider<TownIdentity> identity;

	private final PlatformAuditLog audit;

	DefaultTownLifecycle(JdbcTownRegistry registry, ObjectProvider<TownIdentity> identity, PlatformAuditLog audit) {
		this.registry = registry;
		this.identity = identity;
		this.audit = audit;
	}

	@Override
	public Town suspend(String code, String reason) {
		return change(code, Set.of(TownStatus.ACTIVE), TownStatus.SUSPENDED, "suspend", false, reason);
	}

	@Override
	public Town resume(String code) {
		return change(code, Set.of(TownStatus.SUSPENDED), TownStatus.ACTIVE, "resume", true, "");
	}

	@Override
	public Town archive(String code, String reason) {
		// archived towns stay readable by their staff; TownAccess refuses every change
		return change(code, Set.of(TownStatus.ACTIVE, TownStatus.SUSPENDED), TownStatus.ARCHIVED, "archive", true,
				reason);
	}

	private Town change(String code, Set<TownStatus> from, TownStatus to, String change, boolean signIn,
			String reason) {
		Town town = registry.require(code);
		if (!from.contains(town.status())) {
			audit.record("town." + change, code, "REFUSED", "status was " + town.status());
			throw new TownStateException(code, town.status(), change);
		}
		registry.setStatus(code, to);
		Town changed = registry.require(code);
		TownIdentity townIdentity = identity.getIfAvailable();
		if (townIdentity != null) {
			townIdentity.setSignInEnabled(changed, signIn);
		}
		audit.record("town." + change, code, "SUCCEEDED",
				town.status() + " → " + to + (reason.isBlank() ? "" : ": " + reason));
		return changed;
	}

}
