package org.gongkai.supervision.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.gongkai.supervision.internal.ReadModel.DayKind;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The current town's figures recomputed from its own tables, for the rebuild. These
 * queries read other modules' tables (catalogue items, requests, the audit trail) by SQL,
 * read only: the one place where supervision knows their columns (ADR 0007). Each query
 * must count what {@link OutboxListeners} counts from the matching event.
 */
@Component
class TownFacts {

	private static final String CHINA_DAY = "(%s at time zone 'Asia/Shanghai')::date";

	private final EntityManager entityManager;

	TownFacts(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/**
	 * One snapshot (repeatable read) of the counters and of the outbox rows not yet
	 * delivered: each such row's change is in the counters, so it must not be applied
	 * again.
	 */
	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	public Snapshot snapshot() {
		Object isolation = entityManager.createNativeQuery("select current_setting('transaction_isolation')")
			.getSingleResult();
		if (!"repeatable read".equals(isolation)) {
			// under read committed each query would see other commits: rows counted twice
			throw new IllegalStateException("Rebuild needs a repeatable-read snapshot, got " + isolation);
		}
		Map<DayKind, Long> counters = new HashMap<>();
		count(counters, Kind.ITEM_PUBLISHED, """
				select published_on, count(*) from catalogue_item where published_on is not null group by 1""");
		count(counters, Kind.ITEM_PUBLISHED_LATE, """
				select published_on, count(*) from catalogue_item
				where published_on is not null and published_on > publication_due group by 1""");
		count(counters, Kind.ITEM_WITHDRAWN, "select " + CHINA_DAY.formatted("withdrawn_at") + """
				, count(*) from catalogue_item where withdrawn_at is not null group by 1""");
		count(counters, Kind.REQUEST_RECEIVED, """
				select received_on, count(*) from disclosure_request where received_on is not null group by 1""");
		count(counters, Kind.REQUEST_DECIDED, """
				select decided_on, count(*) from disclosure_request where decided_on is not null group by 1""");
		count(counters, Kind.REQUEST_DUE_SOON, "select " + CHINA_DAY.formatted("occurred_at") + """
				, count(*) from audit_entry where action = 'request.due-soon' group by 1""");
		count(counters, Kind.REQUEST_OVERDUE, "select " + CHINA_DAY.formatted("occurred_at") + """
				, count(*) from audit_entry where action = 'request.overdue' group by 1""");
		List<Long> undelivered = entityManager
			.createNativeQuery("select id from supervision_outbox where delivered_at is null order by id")
			.getResultList()
			.stream()
			.map(id -> ((Number) id).longValue())
			.toList();
		return new Snapshot(counters, undelivered);
	}

	private void count(Map<DayKind, Long> counters, Kind kind, String sql) {
		for (Object row : entityManager.createNativeQuery(sql).getResultList()) {
			Object[] columns = (Object[]) row;
			counters.put(new DayKind(Outbox.day(columns[0]), kind.name()), ((Number) columns[1]).longValue());
		}
	}

	record Snapshot(Map<DayKind, Long> counters, List<Long> undelivered) {
	}

}
