package org.gongkai.supervision.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.gongkai.calendar.api.WorkingDayCalendar;
import org.gongkai.reporting.api.ReportDeadlines;
import org.gongkai.requests.api.Outcome;
import org.gongkai.supervision.internal.ReadModel.DayKind;
import org.gongkai.supervision.internal.ReadModel.RequestStatus;
import org.gongkai.supervision.internal.ReportSteps.Progress;
import org.jspecify.annotations.Nullable;

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

	private final WorkingDayCalendar calendar;

	private final ReportDeadlines deadlines;

	TownFacts(EntityManager entityManager, WorkingDayCalendar calendar, ReportDeadlines deadlines) {
		this.entityManager = entityManager;
		this.calendar = calendar;
		this.deadlines = deadlines;
	}

	/**
	 * Every year's report progress from the steps the report workflow recorded, as the
	 * outbox rows of those steps would give it.
	 */
	private Map<Integer, Progress> reports() {
		List<?> rows = entityManager.createNativeQuery("""
				select r.year, s.kind, s.at from annual_report_step s join annual_report r on r.id = s.report_id
				where s.kind in ('SUBMITTED', 'RETURNED', 'APPROVED', 'PUBLISHED') order by s.id""").getResultList();
		List<Outbox.OutboxRow> steps = new ArrayList<>();
		for (Object row : rows) {
			Object[] step = (Object[]) row;
			int year = ((Number) step[0]).intValue();
			String kind = (String) step[1];
			Instant at = (step[2] instanceof OffsetDateTime time) ? time.toInstant() : (Instant) step[2];
			steps.add(new Outbox.OutboxRow(0, "REPORT_" + kind, ChinaDay.of(at), Integer.toString(year), 1,
					kind.equals("SUBMITTED") ? deadlines.dueDate(year) : null));
		}
		return ReportSteps.replay(steps);
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
		count(counters, Kind.REQUEST_DECIDED_ON_TIME, """
				select decided_on, count(*) from disclosure_request
				where decided_on is not null and (due_on is null or decided_on <= due_on) group by 1""");
		decisions(counters);
		count(counters, Kind.REVIEW_OPENED, "select filed_on, count(*) from review_case group by 1");
		count(counters, Kind.REVIEW_UPHELD, """
				select closed_on, count(*) from review_case where outcome = 'UPHELD' and closed_on is not null
				group by 1""");
		count(counters, Kind.REVIEW_CORRECTED, """
				select closed_on, count(*) from review_case where outcome = 'CORRECTED' and closed_on is not null
				group by 1""");
		count(counters, Kind.REVIEW_OTHER, """
				select closed_on, count(*) from review_case where outcome = 'OTHER' and closed_on is not null
				group by 1""");
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
		return new Snapshot(counters, undelivered, requests(), lateItems(), reports());
	}

	/**
	 * Working days and outcome groups of decided requests: the days are counted in Java
	 * with the same calendar the requests module counts them with at the decision.
	 */
	private void decisions(Map<DayKind, Long> counters) {
		for (Object row : entityManager.createNativeQuery("""
				select received_on, decided_on, outcome from disclosure_request
				where decided_on is not null and received_on is not null and outcome is not null
				""").getResultList()) {
			Object[] columns = (Object[]) row;
			LocalDate receivedOn = Outbox.day(columns[0]);
			LocalDate decidedOn = Outbox.day(columns[1]);
			long days = 0;
			for (LocalDate day = receivedOn.plusDays(1); !day.isAfter(decidedOn); day = day.plusDays(1)) {
				if (calendar.isWorkingDay(day)) {
					days++;
				}
			}
			if (days > 0) {
				counters.merge(new DayKind(decidedOn, Kind.REQUEST_WORKING_DAYS.name()), days, Long::sum);
			}
			Kind group = Kind.of(Outcome.valueOf((String) columns[2]).group());
			counters.merge(new DayKind(decidedOn, group.name()), 1L, Long::sum);
		}
	}

	/**
	 * Requests still being handled, with their last alert: an overdue alert wins over a
	 * due-soon one, as in the relay. The alert's day is that of its audit entry.
	 */
	private List<RequestStatus> requests() {
		List<?> rows = entityManager.createNativeQuery("""
				select r.tracking_code, r.received_on, r.overdue_flagged_for, r.due_soon_flagged_for,
				       (select max(%s) from audit_entry a where a.action = 'request.overdue'
				            and a.subject = r.tracking_code),
				       (select max(%s) from audit_entry a where a.action = 'request.due-soon'
				            and a.subject = r.tracking_code)
				from disclosure_request r
				where r.state in ('RECEIVED', 'CORRECTION_REQUESTED', 'CONSULTATION', 'EXTENDED', 'FEE_NOTICE_SENT')
				""".formatted(CHINA_DAY.formatted("a.occurred_at"), CHINA_DAY.formatted("a.occurred_at")))
			.getResultList();
		List<RequestStatus> requests = new ArrayList<>();
		for (Object row : rows) {
			Object[] c = (Object[]) row;
			LocalDate received = (c[1] != null) ? Outbox.day(c[1]) : null;
			if (c[2] != null) {
				requests.add(new RequestStatus((String) c[0], received, "OVERDUE", Outbox.day(c[2]), day(c[4])));
			}
			else if (c[3] != null) {
				requests.add(new RequestStatus((String) c[0], received, "DUE_SOON", Outbox.day(c[3]), day(c[5])));
			}
			else {
				requests.add(new RequestStatus((String) c[0], received, "OPEN", null, null));
			}
		}
		return requests;
	}

	private Map<String, LocalDate> lateItems() {
		Map<String, LocalDate> late = new HashMap<>();
		for (Object row : entityManager.createNativeQuery("""
				select index_number, published_on from catalogue_item
				where published_on is not null and published_on > publication_due and index_number is not null
				""").getResultList()) {
			Object[] c = (Object[]) row;
			late.put((String) c[0], Outbox.day(c[1]));
		}
		return late;
	}

	private static @Nullable LocalDate day(@Nullable Object value) {
		return (value != null) ? Outbox.day(value) : null;
	}

	private void count(Map<DayKind, Long> counters, Kind kind, String sql) {
		for (Object row : entityManager.createNativeQuery(sql).getResultList()) {
			Object[] columns = (Object[]) row;
			counters.put(new DayKind(Outbox.day(columns[0]), kind.name()), ((Number) columns[1]).longValue());
		}
	}

	/**
	 * @param reports replayed from the town's outbox: the report workflow's step history
	 * is not in the reporting api (ADR 0007)
	 */
	record Snapshot(Map<DayKind, Long> counters, List<Long> undelivered, List<RequestStatus> requests,
			Map<String, LocalDate> lateItems, Map<Integer, Progress> reports) {
	}

}
