package org.gongkai.tenancy.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.gongkai.tenancy.api.AuditRecord;
import org.jspecify.annotations.Nullable;

/** One line of a town's audit trail; written once, never changed. */
@Entity
@Table(name = "audit_entry")
class AuditEntry {

	@Id
	private UUID id;

	@Version
	private @Nullable Long version;

	private Instant occurredAt;

	private String actor;

	private String action;

	private String subject;

	private String detail;

	AuditEntry(Instant occurredAt, String actor, String action, String subject, String detail) {
		this.id = UUID.randomUUID();
		this.occurredAt = occurredAt;
		this.actor = actor;
		this.action = action;
		this.subject = subject;
		this.detail = detail;
	}

	@SuppressWarnings("NullAway.Init")
	protected AuditEntry() {
		// for JPA
	}

	UUID id() {
		return id;
	}

	AuditRecord toRecord() {
		return new AuditRecord(id, occurredAt, actor, action, subject, detail);
	}

}
