package org.gongkai.tenancy.internal;

import java.time.Clock;
import java.util.List;

import org.gongkai.tenancy.api.ActorResolver;
import org.gongkai.tenancy.api.AuditRecord;
import org.gongkai.tenancy.api.AuditTrail;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class JpaAuditTrail implements AuditTrail {

	private final AuditEntryRepository entries;

	private final ObjectProvider<ActorResolver> actors;

	private final Clock clock;

	JpaAuditTrail(AuditEntryRepository entries, ObjectProvider<ActorResolver> actors, Clock clock) {
		this.entries = entries;
		this.actors = actors;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void record(String action, String subject, String detail) {
		ActorResolver resolver = actors.getIfAvailable();
		String actor = (resolver != null) ? resolver.currentActor() : ActorResolver.SYSTEM;
		entries.save(new AuditEntry(clock.instant(), actor, action, subject, detail));
	}

	@Override
	@Transactional(readOnly = true)
	public List<AuditRecord> recent(int limit) {
		return entries.findByOrderByOccurredAtDesc(PageRequest.of(0, limit))
			.stream()
			.map(AuditEntry::toRecord)
			.toList();
	}

}
