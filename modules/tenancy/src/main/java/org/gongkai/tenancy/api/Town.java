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
}
