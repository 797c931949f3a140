package org.gongkai.tenancy.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface AuditEntryRepository extends JpaRepository<AuditEntry, UUID> {

	List<AuditEntry> findByOrderByOccurredAtDesc(Pageable page);

}
