package org.gongkai.tenancy.api;

import org.jspecify.annotations.Nullable;

/**
 * The platform's own audit trail (table {@code platform.audit_entry}): provisioning,
 * suspension, refused access to a town; who did it, when, to which town, and how it
 * ended.
 */
public interface PlatformAudit {

	/**
	 * @param action what was attempted, as a dotted key ({@code town.provisioned})
	 * @param townCode the town concerned, if any
	 * @param outcome {@code SUCCEEDED}, {@code FAILED} or {@code DENIED}
	 * @param detail a short description, never personal data or secrets
	 */
	void record(String action, @Nullable String townCode, String outcome, String detail);

}
