package org.gongkai.supervision.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.gongkai.tenancy.api.TenantContext;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The current town's {@code supervision_outbox}: written in the transaction of the
 * change, read and marked by the relay in transactions of its own.
 */
@Component
class Outbox {

	private final EntityManager entityManager;

	Outbox(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/**
	 * Adds a row in the caller's transaction (there must be one), so it commits or rolls
	 * back with the change it counts.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void append(String town, Kind kind, LocalDate day, String subject) {
		append(town, kind, day, subject, 1, null);
	}

	/**
	 * @param amount how far the row moves its counter
	 * @param refDay the alert's deadline, the report's due date
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void append(String town, Kind kind, LocalDate day, String subject, long amount, @Nullable LocalDate refDay) {
		if (!town.equals(TenantContext.require())) {
			// the row would count for the wrong town: refuse the whole change instead
			throw new IllegalStateException(
					"Event of town " + town + " published while working in " + TenantContext.require());
		}
		entityManager.createNativeQuery("""
				insert into supervision_outbox (kind, day, subject, amount, ref_day)
				values (:kind, :day, :subject, :amount, cast(:refDay as date))
				""")
			.setParameter("kind", kind.name())
			.setParameter("day", Date.valueOf(day))
			.setParameter("subject", subject)
			.setParameter("amount", amount)
			.setParameter("refDay", (refDay != null) ? Date.valueOf(refDay) : null)
			.executeUpdate();
	}

	/** The oldest undelivered rows, in the order they were written. */
	@Transactional(readOnly = true)
	public List<OutboxRow> pending(int limit) {
		List<?> rows = entityManager.createNativeQuery("""
				select id, kind, day, subject, amount, ref_day from supervision_outbox where delivered_at is null
				order by id limit :limit
				""").setParameter("limit", limit).getResultList();
		return rows(rows);
	}

	private static List<OutboxRow> rows(List<?> rows) {
		return rows.stream()
			.map(Object[].class::cast)
			.map(row -> new OutboxRow(((Number) row[0]).longValue(), (String) row[1], day(row[2]), (String) row[3],
					((Number) row[4]).longValue(), (row[5] != null) ? day(row[5]) : null))
			.toList();
	}

	/** Seconds since the oldest undelivered row was written; 0 when none waits. */
	@Transactional(readOnly = true)
	public double lagSeconds() {
		Object age = entityManager.createNativeQuery("""
				select coalesce(extract(epoch from now() - min(created_at)), 0) from supervision_outbox
				where delivered_at is null
				""").getSingleResult();
		return ((Number) age).doubleValue();
	}

	@Transactional
	public void delivered(List<Long> ids) {
		if (!ids.isEmpty()) {
			entityManager.createNativeQuery("update supervision_outbox set delivered_at = now() where id in (:ids)")
				.setParameter("ids", ids)
				.executeUpdate();
		}
	}

	static LocalDate day(Object value) {
		return (value instanceof Date date) ? date.toLocalDate() : (LocalDate) value;
	}

	/** One row to deliver. */
	record OutboxRow(long id, String kind, LocalDate day, String subject, long amount, @Nullable LocalDate refDay) {

		OutboxRow(long id, String kind, LocalDate day) {
			this(id, kind, day, "", 1, null);
		}

	}

}
