package org.gongkai.tenancy.api;

import java.time.Instant;

/**
 * 乡镇/街道: one tenant of the platform, with its own schema.
 *
 * @param code short Latin code used in URLs and names ({@code binhu})
 * @param name Chinese name ({@code 滨湖镇})
 * @param divisionCode 12-digit 统计用区划代码
 * @param creditCode 18-character 统一社会信用代码
 * @param schemaName the town's PostgreSQL schema
 */
public record Town(String code, String name, TownKind kind, String divisionCode, String creditCode, String schemaName,
		TownStatus status, Instant createdAt, Instant updatedAt) {

	/**
	 * The county-level city whose towns the platform serves; one city per deployment for
	 * now, so its name is not configured.
	 */
	public static final String CITY = "昌吉市";

	/**
	 * The office that publishes and signs for the town: 昌吉市滨湖镇人民政府, or for a 街道 its 办事处
	 * (昌吉市宁边路街道办事处).
	 */
	public String authority() {
		return CITY + this.name + ((this.kind == TownKind.STREET || this.name.endsWith("街道")) ? "办事处" : "人民政府");
	}

}
