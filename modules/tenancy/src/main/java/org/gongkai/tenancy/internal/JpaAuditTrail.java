package org.gongkai.tenancy.internal;

import java.time.Clock;
import java.util.List;

import org.gongkai.tenancy.api.AuditRecord;
import org.gongkai.tenancy.api.AuditTrail;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class JpaAuditTrail implements AuditTrail {

	private final AuditEntryRepository entries;

	private final Actors actors;

	private final Clock clock;

	JpaAuditTrail(AuditEntryRepository entries, Actors actors, Clock clock) {
		this.entries = entries;
		this.actors = actors;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void record(String action, String subject, String detail) {
		entries.save(new AuditEntry(clock.instant(), actors.current(), action, subject, detail));
	}

	@Override
	public String actor() {
		return actors.current();
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
