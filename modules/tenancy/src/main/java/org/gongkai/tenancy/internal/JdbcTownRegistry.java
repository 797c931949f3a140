package org.gongkai.tenancy.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.gongkai.tenancy.api.NewTown;
import org.gongkai.tenancy.api.Town;
import org.gongkai.tenancy.api.TownKind;
import org.gongkai.tenancy.api.TownRegistry;
import org.gongkai.tenancy.api.TownSchema;
import org.gongkai.tenancy.api.TownStatus;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Table {@code platform.town}. Every request looks its town up, so each replica keeps a
 * copy of the table and reloads it when it is older than
 * {@code gongkai.tenancy.registry-refresh}, when a code is not in it, and after its own
 * writes.
 */
@Component
class JdbcTownRegistry implements TownRegistry {

	private static final String COLUMNS = "code, name, kind, division_code, credit_code, schema_name, status,"
			+ " created_at, updated_at";

	private final JdbcClient platform;

	private final Clock clock;

	private final TenancyProperties properties;

	private volatile Snapshot snapshot = new Snapshot(Map.of(), Instant.EPOCH);

	JdbcTownRegistry(@Qualifier("platformJdbc") JdbcClient platform, Clock clock, TenancyProperties properties) {
		this.platform = platform;
		this.clock = clock;
		this.properties = properties;
	}

	@Override
	public List<Town> all() {
		return current().towns().values().stream().sorted(Comparator.comparing(Town::code)).toList();
	}

	@Override
	public Optional<Town> find(String code) {
		Town town = current().towns().get(code);
		if (town == null) {
			town = reload().towns().get(code);
		}
		return Optional.ofNullable(town);
	}

	@Override
	public Optional<TownStatus> statusNow(String code) {
		return platform.sql("SELECT status FROM platform.town WHERE code = :code")
			.param("code", code)
			.query((row, n) -> TownStatus.valueOf(row.getString(1)))
			.optional();
	}

	Optional<Town> findByDivisionCode(String divisionCode) {
		return reload().towns().values().stream().filter(t -> t.divisionCode().equals(divisionCode)).findFirst();
	}

	Optional<Town> findByCreditCode(String creditCode) {
		return reload().towns().values().stream().filter(t -> t.creditCode().equals(creditCode)).findFirst();
	}

	/**
	 * Inserts the town as PROVISIONING unless its code is taken; answers whether it
	 * inserted.
	 */
	boolean insertIfAbsent(NewTown town, String schemaName) {
		int inserted = platform.sql("""
				INSERT INTO platform.town (code, name, kind, division_code, credit_code, schema_name, status)
				VALUES (:code, :name, :kind, :division, :credit, :schema, 'PROVISIONING')
				ON CONFLICT (code) DO NOTHING
				""")
			.param("code", town.code())
			.param("name", town.name())
			.param("kind", town.kind().name())
			.param("division", town.divisionCode())
			.param("credit", town.creditCode())
			.param("schema", schemaName)
			.update();
		reload();
		return inserted == 1;
	}

	void setStatus(String code, TownStatus status) {
		platform.sql("UPDATE platform.town SET status = :status, updated_at = now() WHERE code = :code")
			.param("status", status.name())
			.param("code", code)
			.update();
		reload();
	}

	void recordSchema(TownSchema schema) {
		platform.sql("""
				UPDATE platform.town SET schema_version = :version, schema_state = :state, schema_error = :error,
				       schema_checked_at = :checked
				WHERE code = :code
				""")
			.param("version", schema.version())
			.param("state", schema.state().name())
			.param("error", schema.error())
			.param("checked", java.sql.Timestamp.from(schema.checkedAt()))
			.param("code", schema.code())
			.update();
	}

	/**
	 * The error recorded by the last failed migration of the town, if the last one
	 * failed.
	 */
	@Nullable String lastMigrationError(String code) {
		return platform.sql("SELECT schema_error FROM platform.town WHERE code = :code AND schema_state = 'FAILED'")
			.param("code", code)
			.query(String.class)
			.optional()
			.orElse(null);
	}

	private Snapshot current() {
		Snapshot now = snapshot;
		if (now.loadedAt().plus(properties.registryRefresh()).isBefore(clock.instant())) {
			now = reload();
		}
		return now;
	}

	private Snapshot reload() {
		List<Town> towns = platform.sql("SELECT " + COLUMNS + " FROM platform.town").query(this::town).list();
		Snapshot fresh = new Snapshot(
				towns.stream().collect(Collectors.toUnmodifiableMap(Town::code, Function.identity())), clock.instant());
		snapshot = fresh;
		return fresh;
	}

	private Town town(ResultSet row, int number) throws SQLException {
		return new Town(row.getString("code"), row.getString("name"), TownKind.valueOf(row.getString("kind")),
				row.getString("division_code"), row.getString("credit_code"), row.getString("schema_name"),
				TownStatus.valueOf(row.getString("status")), row.getTimestamp("created_at").toInstant(),
				row.getTimestamp("updated_at").toInstant());
	}

	private record Snapshot(Map<String, Town> towns, Instant loadedAt) {
	}

}
