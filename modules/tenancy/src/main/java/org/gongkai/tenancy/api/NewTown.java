package org.gongkai.tenancy.api;

/** What a platform admin gives to create a town. Checked by {@link TownProvisioning}. */
public record NewTown(String code, String name, TownKind kind, String divisionCode, String creditCode) {
}
