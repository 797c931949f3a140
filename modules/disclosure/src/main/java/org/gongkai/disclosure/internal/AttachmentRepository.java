package org.gongkai.disclosure.internal;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface AttachmentRepository extends JpaRepository<AttachmentEntity, UUID> {

	List<AttachmentEntity> findByItemIdInOrderByPosition(Collection<UUID> itemIds);

	int countByItemId(UUID itemId);

}
