package org.gongkai.tenancy.internal;

import java.util.UUID;

import org.gongkai.tenancy.api.PlatformAudit;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Table {@code platform.audit_entry}: what platform-level actions did to towns, and how
 * they ended.
 */
@Component
class PlatformAuditLog implements PlatformAudit {

	private final JdbcClient platform;

	private final Actors actors;

	PlatformAuditLog(@Qualifier("platformJdbc") JdbcClient platform, Actors actors) {
		this.platform = platform;
		this.actors = actors;
	}

	@Override
	public void record(String action, @Nullable String townCode, String outcome, String detail) {
		record(actor(), action, townCode, outcome, detail);
	}

	/** For work that outlives the request of the person who asked for it. */
	void record(String actor, String action, @Nullable String townCode, String outcome, String detail) {
		platform.sql("""
				INSERT INTO platform.audit_entry (id, actor, action, town_code, outcome, detail)
				VALUES (:id, :actor, :action, :town, :outcome, :detail)
				""")
			.param("id", UUID.randomUUID())
			.param("actor", actor)
			.param("action", action)
			.param("town", townCode)
			.param("outcome", outcome)
			.param("detail", detail)
			.update();
	}

	/** Who is acting now, to hand to work that will run later. */
	String actor() {
		return actors.current();
	}

}
