package org.gongkai.reporting.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;

import org.gongkai.reporting.api.ReportDeadlines;
import org.gongkai.reporting.api.ReportException;
import org.gongkai.reporting.api.ReportFormat;
import org.gongkai.tenancy.api.AuditTrail;
import org.gongkai.tenancy.api.PlatformAudit;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Table {@code platform.report_due_date}: the due dates belong to the city, not to a
 * town, so they live in the platform schema and are read through its pool.
 */
@Service
class JdbcReportDeadlines implements ReportDeadlines {

	/** 31 January of the following year, as for county departments (art. 49). */
	static final MonthDay DEFAULT_DUE = MonthDay.of(1, 31);

	private final JdbcClient platform;

	private final PlatformAudit audit;

	private final AuditTrail actors;

	private final Clock clock;

	JdbcReportDeadlines(@Qualifier("platformJdbc") JdbcClient platform, PlatformAudit audit, AuditTrail actors,
			Clock clock) {
		this.platform = platform;
		this.audit = audit;
		this.actors = actors;
		this.clock = clock;
	}

	@Override
	@Transactional(transactionManager = "platformTransactionManager", readOnly = true)
	public LocalDate dueDate(int year) {
		return platform.sql("select due_on from platform.report_due_date where year = :year")
			.param("year", year)
			.query(LocalDate.class)
			.optional()
			.orElseGet(() -> DEFAULT_DUE.atYear(year + 1));
	}

	@Override
	@Transactional(transactionManager = "platformTransactionManager")
	public LocalDate setDueDate(int year, LocalDate dueOn) {
		if (year < ReportFormat.FIRST_2021_YEAR || year > 2200) {
			throw ReportException
				.invalid(Map.of("year", List.of("year-range", String.valueOf(ReportFormat.FIRST_2021_YEAR))));
		}
		// the report covers the whole year, and a due date more than a year later is a
		// typo
		if (dueOn.getYear() != year + 1) {
			throw ReportException.invalid(Map.of("dueOn", List.of("due-in-next-year", String.valueOf(year + 1))));
		}
		String actor = actors.actor();
		platform.sql("""
				insert into platform.report_due_date (year, due_on, set_at, set_by) values (:year, :due, :now, :actor)
				on conflict (year) do update set due_on = excluded.due_on, set_at = excluded.set_at,
				    set_by = excluded.set_by
				""")
			.param("year", year)
			.param("due", dueOn)
			.param("now", java.sql.Timestamp.from(clock.instant()))
			.param("actor", actor)
			.update();
		audit.record("annual-report.due-date-set", null, "SUCCEEDED", year + "年度报告报送截止日期 " + dueOn);
		return dueOn;
	}

	@Override
	@Transactional(transactionManager = "platformTransactionManager", readOnly = true)
	public List<Deadline> all() {
		Map<Integer, LocalDate> set = new java.util.HashMap<>();
		platform.sql("select year, due_on from platform.report_due_date")
			.query((rs, i) -> set.put(rs.getInt(1), rs.getObject(2, LocalDate.class)))
			.list();
		List<Deadline> deadlines = new java.util.ArrayList<>();
		for (int year = LocalDate.now(clock).getYear(); year >= ReportFormat.FIRST_2021_YEAR; year--) {
			LocalDate due = set.get(year);
			deadlines.add((due != null) ? new Deadline(year, due, false)
					: new Deadline(year, DEFAULT_DUE.atYear(year + 1), true));
		}
		return deadlines;
	}

}
