package org.gongkai.disclosure.internal;

import java.util.List;
import java.util.UUID;

import org.gongkai.disclosure.api.ItemState;

import org.springframework.data.jpa.repository.JpaRepository;

interface CatalogueItemRepository extends JpaRepository<CatalogueItemEntity, UUID> {

	List<CatalogueItemEntity> findByStateOrderByUpdatedAtDesc(ItemState state);

}
