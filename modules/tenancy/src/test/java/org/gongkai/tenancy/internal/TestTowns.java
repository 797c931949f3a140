package org.gongkai.tenancy.internal;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;

import org.gongkai.tenancy.api.CreditCode;
import org.gongkai.tenancy.api.NewTown;
import org.gongkai.tenancy.api.TownKind;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;

/**
 * Valid, distinct towns for tests, and raw connections to look at what provisioning made.
 */
final class TestTowns {

	private static final AtomicInteger serial = new AtomicInteger(100);

	private TestTowns() {
	}

	static NewTown town(String code, String name) {
		int n = serial.incrementAndGet();
		String first17 = "11652301" + String.format("%08d", 76000000 + n) + "0";
		return new NewTown(code, name, TownKind.TOWNSHIP, "652301" + n + "000",
				first17 + CreditCode.checkCharacter(first17));
	}

	static Connection asOwner(JdbcConnectionDetails details) throws SQLException {
		return DriverManager.getConnection(details.getJdbcUrl(), details.getUsername(), details.getPassword());
	}

	static Connection asRuntimeRole(JdbcConnectionDetails details, DatabaseRoles roles) throws SQLException {
		return DriverManager.getConnection(details.getJdbcUrl(), roles.appRole(), null);
	}

}
