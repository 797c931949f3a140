package org.gongkai.identity.internal;

import java.util.Set;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;

import org.gongkai.identity.api.StaffRole;
import org.gongkai.tenancy.api.PlatformAudit;
import org.gongkai.tenancy.api.TownRegistry;
import org.gongkai.tenancy.api.TownStatus;
import org.jspecify.annotations.Nullable;

import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * Who may work in a town's data ({@code /api/v1/towns/{code}/…}): its own staff; city
 * supervisors, to read only. Anyone else is refused, and the refusal is audited, because
 * a user probing other towns is something the platform admin must be able to see. A
 * suspended town refuses its staff at once; an archived one is read-only.
 */
final class TownAccess implements AuthorizationManager<RequestAuthorizationContext> {

	static final String REFUSAL = TownAccess.class.getName() + ".refusal";

	private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

	private final TownRegistry registry;

	private final PlatformAudit audit;

	TownAccess(TownRegistry registry, PlatformAudit audit) {
		this.registry = registry;
		this.audit = audit;
	}

	@Override
	public AuthorizationResult authorize(Supplier<? extends @Nullable Authentication> authentication,
			RequestAuthorizationContext context) {
		Authentication caller = authentication.get();
		if (caller == null || !caller.isAuthenticated()) {
			return new AuthorizationDecision(false);
		}
		HttpServletRequest request = context.getRequest();
		String town = context.getVariables().get("code");
		boolean read = READS.contains(request.getMethod());
		String refusal = refusal(caller, town, read);
		if (refusal == null) {
			return new AuthorizationDecision(true);
		}
		request.setAttribute(REFUSAL, refusal);
		audit.record("town.access-denied", town, "DENIED",
				caller.getName() + " " + request.getMethod() + " " + request.getRequestURI() + ": " + refusal);
		return new AuthorizationDecision(false);
	}

	/**
	 * Why the caller may not do this in the town, as a message key suffix; null when
	 * allowed.
	 */
	private @Nullable String refusal(Authentication caller, @Nullable String town, boolean read) {
		if (town == null) {
			return "not-member";
		}
		boolean member = has(caller, StaffAuthorities.TOWN_PREFIX + town);
		boolean supervisor = has(caller, StaffRole.CITY_SUPERVISOR.authority());
		if (!member && !supervisor) {
			return "not-member";
		}
		if (!member && !read) {
			return "read-only";
		}
		TownStatus status = registry.statusNow(town).orElse(TownStatus.ACTIVE);
		if (status == TownStatus.SUSPENDED && member) {
			return "suspended";
		}
		if (status == TownStatus.ARCHIVED && !read) {
			return "archived";
		}
		return null;
	}

	private static boolean has(Authentication caller, String authority) {
		for (GrantedAuthority granted : caller.getAuthorities()) {
			if (authority.equals(granted.getAuthority())) {
				return true;
			}
		}
		return false;
	}

}
