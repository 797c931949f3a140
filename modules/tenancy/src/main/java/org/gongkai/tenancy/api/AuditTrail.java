package org.gongkai.tenancy.api;

import java.util.List;

/**
 * The current town's audit trail (table {@code audit_entry} in the town's schema): every
 * state change is written here in the same transaction as the change itself.
 */
public interface AuditTrail {

	/**
	 * @param action what happened, as a dotted key ({@code item.published})
	 * @param subject what it happened to (an id or tracking code, never personal data)
	 * @param detail a short description for the audit screen
	 */
	void record(String action, String subject, String detail);

	/** Who is acting now, as entries name them: the signed-in user, or {@code system}. */
	String actor();

	/** The newest entries first. */
	List<AuditRecord> recent(int limit);

}
