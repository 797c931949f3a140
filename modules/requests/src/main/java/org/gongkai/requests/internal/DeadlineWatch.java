package org.gongkai.requests.internal;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.EntityManager;

import org.gongkai.calendar.api.WorkingDayCalendar;
import org.gongkai.requests.api.RequestAlert;
import org.gongkai.tenancy.api.AuditTrail;
import org.gongkai.tenancy.api.TenantContext;
import org.gongkai.tenancy.api.Tenants;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Flags requests due soon (three working days or fewer left) or overdue, once per
 * deadline, in every active town, and announces each as a {@link RequestAlert}. Every
 * replica schedules it: a transaction-scoped advisory lock on the platform database lets
 * one of them do the work at a time, and the flags, set by a row-locking update that
 * re-checks them, make each alert go out once even if two runs overlap.
 */
@Component
class DeadlineWatch {

	/** Any constant shared by every replica; "GONGKAI1" in ASCII. */
	static final long LOCK = 0x474F4E474B414931L;

	private final Tenants tenants;

	private final JdbcClient platform;

	private final TransactionTemplate platformTransactions;

	private final TownWatch town;

	DeadlineWatch(Tenants tenants, @Qualifier("platformJdbc") JdbcClient platform,
			@Qualifier("platformTransactionManager") PlatformTransactionManager platformTransactions, TownWatch town) {
		this.tenants = tenants;
		this.platform = platform;
		this.platformTransactions = new TransactionTemplate(platformTransactions);
		this.town = town;
	}

	/**
	 * @return alerts sent, or -1 when another replica holds the lock
	 */
	@Scheduled(fixedDelayString = "${gongkai.requests.watch-interval:PT10M}",
			initialDelayString = "${gongkai.requests.watch-first-run:PT30S}")
	int run() {
		Integer sent = platformTransactions.execute(status -> {
			Boolean locked = platform.sql("select pg_try_advisory_xact_lock(?)")
				.param(LOCK)
				.query(Boolean.class)
				.single();
			if (!Boolean.TRUE.equals(locked)) {
				return -1;
			}
			return tenants.inEveryActiveTown("Due-soon and overdue requests flagged", town::flag);
		});
		return (sent != null) ? sent : 0;
	}

	/** One town's share of the watch, in its own transaction. */
	@Component
	static class TownWatch {

		private final EntityManager entityManager;

		private final WorkingDayCalendar calendar;

		private final AuditTrail audit;

		private final ApplicationEventPublisher events;

		private final Clock clock;

		TownWatch(EntityManager entityManager, WorkingDayCalendar calendar, AuditTrail audit,
				ApplicationEventPublisher events, Clock clock) {
			this.entityManager = entityManager;
			this.calendar = calendar;
			this.audit = audit;
			this.events = events;
			this.clock = clock;
		}

		@Transactional
		public int flag() {
			LocalDate today = ChinaTime.today(clock);
			LocalDate soon = calendar.deadline(today, DefaultRequestDesk.DUE_SOON_WORKING_DAYS).deadline();
			List<RequestAlert> alerts = new ArrayList<>();
			alerts.addAll(flagged("overdue_flagged_for", "due_on < :today", today, soon, RequestAlert.Kind.OVERDUE));
			alerts.addAll(flagged("due_soon_flagged_for", "due_on between :today and :soon", today, soon,
					RequestAlert.Kind.DUE_SOON));
			for (RequestAlert alert : alerts) {
				audit.record((alert.kind() == RequestAlert.Kind.OVERDUE) ? "request.overdue" : "request.due-soon",
						alert.trackingCode(), String.valueOf(alert.dueOn()));
				events.publishEvent(alert);
			}
			return alerts.size();
		}

		private List<RequestAlert> flagged(String flag, String when, LocalDate today, LocalDate soon,
				RequestAlert.Kind kind) {
			String sql = """
					update disclosure_request set %1$s = due_on
					where state in ('RECEIVED', 'CONSULTATION', 'EXTENDED', 'FEE_NOTICE_SENT')
					  and due_on is not null and %2$s and %1$s is distinct from due_on
					returning tracking_code, due_on
					""".formatted(flag, when);
			var query = entityManager.createNativeQuery(sql).setParameter("today", Date.valueOf(today));
			if (when.contains(":soon")) {
				query.setParameter("soon", Date.valueOf(soon));
			}
			List<RequestAlert> alerts = new ArrayList<>();
			for (Object row : query.getResultList()) {
				Object[] columns = (Object[]) row;
				alerts.add(new RequestAlert(TenantContext.require(), (String) columns[0], kind,
						Objects.requireNonNull(Rows.date(columns[1])), today));
			}
			return alerts;
		}

	}

}
