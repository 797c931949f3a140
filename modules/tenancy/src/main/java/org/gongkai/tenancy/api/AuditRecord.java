package org.gongkai.tenancy.api;

import java.time.Instant;
import java.util.UUID;

/** One entry of a town's audit trail. */
public record AuditRecord(UUID id, Instant occurredAt, String actor, String action, String subject, String detail) {
}
