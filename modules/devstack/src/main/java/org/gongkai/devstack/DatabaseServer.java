package org.gongkai.devstack;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;

/**
 * The database the platform uses and the owner credential for it. Dropping an isolated
 * database is tied to the application context's shutdown.
 */
final class DatabaseServer implements JdbcConnectionDetails, DisposableBean {

	private final String url;

	private final @Nullable String user;

	private final @Nullable String password;

	private final @Nullable IsolatedDatabase isolated;

	private DatabaseServer(String url, @Nullable String user, @Nullable String password,
			@Nullable IsolatedDatabase isolated) {
		this.url = url;
		this.user = user;
		this.password = password;
		this.isolated = isolated;
	}

	static DatabaseServer shared(String url, @Nullable String user, @Nullable String password) {
		return new DatabaseServer(url, user, password, null);
	}

	static DatabaseServer isolated(IsolatedDatabase database, @Nullable String user, @Nullable String password) {
		return new DatabaseServer(database.jdbcUrl(), user, password, database);
	}

	@Override
	public String getJdbcUrl() {
		return url;
	}

	@Override
	@SuppressWarnings("NullAway")
	public String getUsername() {
		return user;
	}

	@Override
	@SuppressWarnings("NullAway")
	public String getPassword() {
		return password;
	}

	@Override
	public String getDriverClassName() {
		return "org.postgresql.Driver";
	}

	@Override
	public void destroy() {
		if (isolated != null) {
			isolated.close();
		}
	}

}
