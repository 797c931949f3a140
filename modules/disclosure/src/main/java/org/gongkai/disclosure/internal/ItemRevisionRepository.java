package org.gongkai.disclosure.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ItemRevisionRepository extends JpaRepository<ItemRevisionEntity, ItemRevisionEntity.Key> {

	List<ItemRevisionEntity> findByItemIdOrderByRevisionDesc(UUID itemId);

}
