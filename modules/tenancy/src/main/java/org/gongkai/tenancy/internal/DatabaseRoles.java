package org.gongkai.tenancy.internal;

import java.util.regex.Pattern;

/**
 * Names of the roles and schemas the platform creates. Every name is built from a
 * validated town code and quoted, so no input ever reaches SQL as an identifier
 * unchecked.
 */
final class DatabaseRoles {

	static final Pattern TOWN_CODE = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,30}[a-z0-9])?");

	private static final Pattern SAFE_PREFIX = Pattern.compile("[a-z][a-z0-9_]{0,25}");

	private final String prefix;

	private final String appRole;

	DatabaseRoles(String prefix, String appRole) {
		if (!SAFE_PREFIX.matcher(prefix).matches()) {
			throw new IllegalArgumentException("Role prefix must be 1-26 lower-case letters, digits or _: " + prefix
					+ "; set gongkai.tenancy.role-prefix");
		}
		this.prefix = prefix;
		this.appRole = appRole;
	}

	/** The runtime login role. */
	String appRole() {
		return appRole;
	}

	static String schemaFor(String townCode) {
		return "town_" + checked(townCode).replace('-', '_');
	}

	String roleFor(String townCode) {
		return prefix + schemaFor(townCode);
	}

	static String quote(String identifier) {
		return "\"" + identifier.replace("\"", "\"\"") + "\"";
	}

	private static String checked(String townCode) {
		if (!TOWN_CODE.matcher(townCode).matches() || townCode.length() < 2) {
			throw new IllegalArgumentException("Not a town code: " + townCode);
		}
		return townCode;
	}

}
