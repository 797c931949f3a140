package org.gongkai.identity.api;

import java.util.Arrays;
import java.util.Optional;

/** The realm roles of the Keycloak realm {@code gongkai}. */
public enum StaffRole {

	/**
	 * 平台管理员: provisions, suspends and archives towns; reads no town data by this role.
	 */
	PLATFORM_ADMIN("platform-admin", false),
	/**
	 * 市电子政务办: reads every town and writes none of their data; its one write is the review
	 * of the towns' annual reports (return, approve, publish), through the city's own
	 * addresses.
	 */
	CITY_SUPERVISOR("city-supervisor", false),
	/** 乡镇管理员 */
	TOWN_ADMIN("town-admin", true),
	/** 乡镇编辑 */
	TOWN_EDITOR("town-editor", true),
	/** 乡镇审核人 */
	TOWN_REVIEWER("town-reviewer", true),
	/** 依申请公开经办人 */
	REQUEST_OFFICER("request-officer", true);

	private final String roleName;

	private final boolean townScoped;

	StaffRole(String roleName, boolean townScoped) {
		this.roleName = roleName;
		this.townScoped = townScoped;
	}

	/** The role's name in Keycloak. */
	public String roleName() {
		return roleName;
	}

	/**
	 * Whether the role applies in the towns the user belongs to, rather than city-wide.
	 */
	public boolean townScoped() {
		return townScoped;
	}

	/** The Spring Security authority that stands for this role. */
	public String authority() {
		return "ROLE_" + roleName;
	}

	public static Optional<StaffRole> ofRoleName(String name) {
		return Arrays.stream(values()).filter(role -> role.roleName.equals(name)).findFirst();
	}

}
