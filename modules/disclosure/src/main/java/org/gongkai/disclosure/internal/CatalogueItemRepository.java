package org.gongkai.disclosure.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.LockModeType;
import jakarta.persistence.QueryHint;

import org.gongkai.disclosure.api.ItemState;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;

interface CatalogueItemRepository
		extends JpaRepository<CatalogueItemEntity, UUID>, JpaSpecificationExecutor<CatalogueItemEntity> {

	boolean existsByIndexNumber(String indexNumber);

	@Query("select i.indexNumber from CatalogueItemEntity i where i.indexNumber in :numbers")
	List<String> findTakenIndexNumbers(Collection<String> numbers);

	List<CatalogueItemEntity> findByStateInOrderBySubmittedAtAsc(Collection<ItemState> states);

	/**
	 * Items due a timed transition, locked so that replicas running the job at once each
	 * take different ones ({@code SKIP LOCKED}).
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@QueryHints(@QueryHint(name = "jakarta.persistence.lock.timeout", value = "-2"))
	@Query("""
			select i from CatalogueItemEntity i
			where (i.state = org.gongkai.disclosure.api.ItemState.SCHEDULED and i.scheduledAt <= :now)
			   or (i.state = org.gongkai.disclosure.api.ItemState.PUBLISHED and i.expiresOn <= :today)
			""")
	List<CatalogueItemEntity> findDueTransitions(Instant now, LocalDate today);

	@Query("""
			select count(i) from CatalogueItemEntity i
			where i.publishedOn between :from and :to and i.publishedOn > i.publicationDue
			""")
	long countLate(LocalDate from, LocalDate to);

	@Query("select count(i) from CatalogueItemEntity i where i.publishedOn between :from and :to")
	long countPublished(LocalDate from, LocalDate to);

	/**
	 * Years with public items, newest first: one index probe per year (a loose index scan
	 * on the public items' date index) instead of reading every item.
	 */
	@Query(nativeQuery = true, value = """
			with recursive years (year) as (
			    select extract(year from max(published_on))::integer from catalogue_item
			    where state in ('PUBLISHED', 'EXPIRED')
			  union all
			    select (select extract(year from max(published_on))::integer from catalogue_item
			            where state in ('PUBLISHED', 'EXPIRED') and published_on < make_date(years.year, 1, 1))
			    from years where years.year is not null
			)
			select year from years where year is not null
			""")
	List<Integer> publicYears();

	@Query("""
			select i.categoryId, count(i) from CatalogueItemEntity i
			where i.state in :states group by i.categoryId
			""")
	List<Object[]> countByCategory(List<ItemState> states);

}
