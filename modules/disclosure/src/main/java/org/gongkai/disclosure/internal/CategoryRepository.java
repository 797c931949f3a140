package org.gongkai.disclosure.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface CategoryRepository extends JpaRepository<CategoryEntity, UUID> {

	List<CategoryEntity> findAllByOrderByPositionAsc();

}
