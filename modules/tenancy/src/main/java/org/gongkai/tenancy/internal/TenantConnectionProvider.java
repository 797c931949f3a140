package org.gongkai.tenancy.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.gongkai.tenancy.api.NoTownSelectedException;
import org.hibernate.engine.jdbc.connections.spi.MultiTenantConnectionProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Hands Hibernate connections that can see one town only: {@code SET ROLE} to the town's
 * role and {@code search_path} to its schema on the way out, both reset on the way back.
 * A connection whose reset fails is evicted from the pool rather than lent to the next
 * town.
 */
@Component
class TenantConnectionProvider implements MultiTenantConnectionProvider<String> {

	private static final Logger log = LoggerFactory.getLogger(TenantConnectionProvider.class);

	private final HikariDataSource dataSource;

	private final DatabaseRoles roles;

	private final TownAvailability availability;

	TenantConnectionProvider(HikariDataSource dataSource, DatabaseRoles roles, TownAvailability availability) {
		this.dataSource = dataSource;
		this.roles = roles;
		this.availability = availability;
	}

	@Override
	public Connection getAnyConnection() throws SQLException {
		return dataSource.getConnection();
	}

	@Override
	public void releaseAnyConnection(Connection connection) throws SQLException {
		connection.close();
	}

	@Override
	public Connection getConnection(String townCode) throws SQLException {
		if (TenantIdentifierResolver.NO_TOWN.equals(townCode)) {
			throw new NoTownSelectedException();
		}
		availability.check(townCode);
		Connection connection = dataSource.getConnection();
		try (Statement statement = connection.createStatement()) {
			statement.execute("SET ROLE " + DatabaseRoles.quote(roles.roleFor(townCode)) + "; SET search_path TO "
					+ DatabaseRoles.quote(DatabaseRoles.schemaFor(townCode)));
			return connection;
		}
		catch (SQLException ex) {
			evict(connection);
			throw ex;
		}
	}

	@Override
	public void releaseConnection(String townCode, Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute("RESET ROLE; RESET search_path");
		}
		catch (SQLException ex) {
			log.warn("Could not reset a connection used for town {}; evicting it", townCode, ex);
			evict(connection);
			return;
		}
		connection.close();
	}

	private void evict(Connection connection) {
		dataSource.evictConnection(connection);
	}

	@Override
	public boolean supportsAggressiveRelease() {
		return false;
	}

	@Override
	public boolean handlesConnectionSchema() {
		return true;
	}

	@Override
	public boolean isUnwrappableAs(Class<?> type) {
		return type.isInstance(this) || DataSource.class.isAssignableFrom(type);
	}

	@Override
	@SuppressWarnings("unchecked")
	public <T> T unwrap(Class<T> type) {
		if (type.isInstance(this)) {
			return (T) this;
		}
		if (DataSource.class.isAssignableFrom(type)) {
			return (T) dataSource;
		}
		throw new IllegalArgumentException("Cannot unwrap to " + type);
	}

}
