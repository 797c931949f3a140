package org.gongkai.disclosure.internal;

import java.util.Set;

import jakarta.persistence.EntityManager;

import org.gongkai.tenancy.api.TenantContext;
import org.gongkai.tenancy.api.TownRegistry;

import org.springframework.stereotype.Component;

/**
 * 索引号 {credit code}/{year}-{serial}: the serial per town and year, taken atomically and
 * never reused; a number already taken (by an imported item, say) is skipped.
 */
@Component
class IndexNumbers {

	private final CatalogueItemRepository items;

	private final TownRegistry towns;

	private final EntityManager entityManager;

	IndexNumbers(CatalogueItemRepository items, TownRegistry towns, EntityManager entityManager) {
		this.items = items;
		this.towns = towns;
		this.entityManager = entityManager;
	}

	String next(int year) {
		return next(year, Set.of());
	}

	/**
	 * @param reserved numbers not saved yet but spoken for, such as those of the rows of
	 * an import still to be written
	 */
	String next(int year, Set<String> reserved) {
		String creditCode = towns.require(TenantContext.require()).creditCode();
		while (true) {
			Number serial = (Number) entityManager.createNativeQuery("""
					INSERT INTO index_serial (year, last) VALUES (:year, 1)
					ON CONFLICT (year) DO UPDATE SET last = index_serial.last + 1 RETURNING last
					""").setParameter("year", year).getSingleResult();
			String number = "%s/%d-%05d".formatted(creditCode, year, serial.intValue());
			if (!reserved.contains(number) && !items.existsByIndexNumber(number)) {
				return number;
			}
		}
	}

}
