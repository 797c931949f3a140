package org.gongkai.tenancy.api;

/** What sort of township-level unit a town is. */
public enum TownKind {

	/** 镇 */
	TOWNSHIP,
	/** 街道 (办事处) */
	STREET,
	/** 民族乡 */
	ETHNIC_TOWNSHIP

}
