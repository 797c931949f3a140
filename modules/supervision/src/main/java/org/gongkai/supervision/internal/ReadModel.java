package org.gongkai.supervision.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.gongkai.supervision.api.ReportStage;
import org.gongkai.supervision.internal.Outbox.OutboxRow;
import org.gongkai.supervision.internal.ReportSteps.Progress;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Schema {@code supervision}: the daily counters, the states (open requests, late items,
 * annual reports) and the outbox rows already applied. A row changes anything only when
 * its {@code (town, outbox id)} is new, in the same transaction, so delivering it again
 * (a crash between applying and marking it delivered, two relays) changes nothing.
 * Callers hold a platform transaction.
 */
@Component
class ReadModel {

	private final JdbcClient platform;

	ReadModel(@Qualifier("platformJdbc") JdbcClient platform) {
		this.platform = platform;
	}

	/**
	 * @return the rows that were applied (the others were applied before)
	 */
	int apply(String town, List<OutboxRow> rows) {
		int applied = 0;
		for (OutboxRow row : rows) {
			int fresh = platform.sql("""
					insert into supervision.applied_event (town, outbox_id) values (?, ?) on conflict do nothing
					""").params(town, row.id()).update();
			if (fresh == 1) {
				Kind kind = kind(row.kind());
				if (kind == null || kind.counts()) {
					count(town, row.day(), row.kind(), row.amount());
				}
				if (kind != null) {
					changeState(town, kind, row);
				}
				applied++;
			}
		}
		return applied;
	}

	private void count(String town, LocalDate day, String kind, long amount) {
		// never below zero: an undo whose count a rebuild already left out changes
		// nothing
		platform.sql("""
				insert into supervision.daily_counter (town, day, kind, count) values (?, ?, ?, greatest(?, 0))
				on conflict (town, day, kind) do update set count = greatest(daily_counter.count + excluded.count
				    + least(?, 0), 0)
				""").params(town, Date.valueOf(day), kind, amount, amount).update();
		// the month is summed again rather than moved by the amount: a day held at zero
		// must not take the month below what its days add up to
		LocalDate month = day.withDayOfMonth(1);
		platform.sql("""
				insert into supervision.monthly_counter (town, month, kind, count)
				select town, ?, kind, sum(count) from supervision.daily_counter
				where town = ? and kind = ? and day between ? and ? group by town, kind
				on conflict (town, month, kind) do update set count = excluded.count
				""")
			.params(Date.valueOf(month), town, kind, Date.valueOf(month),
					Date.valueOf(month.plusMonths(1).minusDays(1)))
			.update();
	}

	private void changeState(String town, Kind kind, OutboxRow row) {
		switch (kind) {
			case REQUEST_RECEIVED -> platform.sql("""
					insert into supervision.request_status (town, tracking_code, received_on, state)
					values (?, ?, ?, 'OPEN') on conflict do nothing
					""").params(town, row.subject(), Date.valueOf(row.day())).update();
			case REQUEST_DUE_SOON, REQUEST_OVERDUE -> {
				// an overdue request stays overdue: a due-soon alert never follows one
				// for
				// the same deadline
				String state = (kind == Kind.REQUEST_OVERDUE) ? "OVERDUE" : "DUE_SOON";
				platform.sql("""
						insert into supervision.request_status (town, tracking_code, state, due_on, alert_on)
						values (?, ?, ?, ?, ?)
						on conflict (town, tracking_code) do update set state = excluded.state,
						    due_on = excluded.due_on, alert_on = excluded.alert_on
						where excluded.state = 'OVERDUE' or request_status.state <> 'OVERDUE'
						""")
					.params(town, row.subject(), state, (row.refDay() != null) ? Date.valueOf(row.refDay()) : null,
							Date.valueOf(row.day()))
					.update();
			}
			case REQUEST_DECIDED, REQUEST_LAPSED ->
				platform.sql("delete from supervision.request_status where town = ? and tracking_code = ?")
					.params(town, row.subject())
					.update();
			case ITEM_PUBLISHED_LATE -> platform.sql("""
					insert into supervision.late_item (town, subject, published_on) values (?, ?, ?)
					on conflict do nothing
					""").params(town, row.subject(), Date.valueOf(row.day())).update();
			case REPORT_SUBMITTED, REPORT_RETURNED, REPORT_APPROVED, REPORT_PUBLISHED -> {
				int year = ReportSteps.year(row);
				Progress current = platform.sql("""
						select year, stage, due_on, submitted_on, times_returned from supervision.report_progress
						where town = ? and year = ? for update
						""").params(town, year).query(ReadModel::progress).optional().orElse(null);
				save(town, ReportSteps.step(current, row));
			}
			default -> {
				// counters only
			}
		}
	}

	private void save(String town, Progress progress) {
		platform.sql("""
				insert into supervision.report_progress (town, year, stage, due_on, submitted_on, times_returned)
				values (?, ?, ?, ?, ?, ?)
				on conflict (town, year) do update set stage = excluded.stage, due_on = excluded.due_on,
				    submitted_on = excluded.submitted_on, times_returned = excluded.times_returned
				""")
			.params(town, progress.year(), progress.stage().name(), date(progress.dueOn()),
					date(progress.submittedOn()), progress.timesReturned())
			.update();
	}

	/**
	 * Replaces a town's read model with recomputed one and records the outbox rows it
	 * already includes as applied.
	 * @return counter rows written
	 */
	int replace(String town, TownFacts.Snapshot snapshot) {
		for (String table : List.of("daily_counter", "monthly_counter", "request_status", "late_item",
				"report_progress")) {
			platform.sql("delete from supervision." + table + " where town = ?").param(town).update();
		}
		snapshot.counters()
			.forEach((key, count) -> platform
				.sql("insert into supervision.daily_counter (town, day, kind, count) values (?, ?, ?, ?)")
				.params(town, Date.valueOf(key.day()), key.kind(), count)
				.update());
		platform.sql("""
				insert into supervision.monthly_counter (town, month, kind, count)
				select town, date_trunc('month', day)::date, kind, sum(count) from supervision.daily_counter
				where town = ? group by 1, 2, 3
				""").param(town).update();
		for (RequestStatus status : snapshot.requests()) {
			platform.sql("""
					insert into supervision.request_status (town, tracking_code, received_on, state, due_on, alert_on)
					values (?, ?, ?, ?, ?, ?)
					""")
				.params(town, status.trackingCode(), date(status.receivedOn()), status.state(), date(status.dueOn()),
						date(status.alertOn()))
				.update();
		}
		snapshot.lateItems()
			.forEach((subject, day) -> platform
				.sql("insert into supervision.late_item (town, subject, published_on) values (?, ?, ?)")
				.params(town, subject, Date.valueOf(day))
				.update());
		snapshot.reports().values().forEach(progress -> save(town, progress));
		for (Long id : snapshot.undelivered()) {
			platform.sql("insert into supervision.applied_event (town, outbox_id) values (?, ?) on conflict do nothing")
				.params(town, id)
				.update();
		}
		return snapshot.counters().size();
	}

	/**
	 * The counters of a period: its whole months from {@code monthly_counter}, the days
	 * of its partial months from {@code daily_counter}, so a year costs twelve rows per
	 * town and kind, not 365. Columns: town, month (first day), kind, count.
	 */
	private static final String PERIOD = """
			select town, month, kind, count from supervision.monthly_counter
			where month >= :whole_from and month < :whole_to and (cast(:town as varchar) is null or town = :town)
			union all
			select town, date_trunc('month', day)::date, kind, count from supervision.daily_counter
			where day between :from and :to and (day < :whole_from or day >= :whole_to)
			  and (cast(:town as varchar) is null or town = :town)
			""";

	private JdbcClient.StatementSpec period(String select, @Nullable String town, LocalDate from, LocalDate to) {
		// the whole months inside the period: from its first 1st to the 1st after its
		// last
		// whole month; none when they cross
		LocalDate wholeFrom = (from.getDayOfMonth() == 1) ? from : from.withDayOfMonth(1).plusMonths(1);
		LocalDate wholeTo = to.plusDays(1).withDayOfMonth(1);
		if (!wholeFrom.isBefore(wholeTo)) {
			wholeFrom = wholeTo;
		}
		return platform.sql(select.formatted(PERIOD))
			.param("whole_from", Date.valueOf(wholeFrom))
			.param("whole_to", Date.valueOf(wholeTo))
			.param("from", Date.valueOf(from))
			.param("to", Date.valueOf(to))
			.param("town", town);
	}

	/** Sums per town and kind over the days from and to, both included. */
	List<TownKindCount> sums(LocalDate from, LocalDate to) {
		return period("select town, kind, sum(count) from (%s) p group by town, kind", null, from, to)
			.query((rs, n) -> new TownKindCount(rs.getString(1), rs.getString(2), rs.getLong(3)))
			.list();
	}

	/** One town's sums per kind, or the city's when {@code town} is null. */
	Map<String, Long> sums(@Nullable String town, LocalDate from, LocalDate to) {
		return period("select kind, sum(count) from (%s) p group by kind", town, from, to)
			.query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	/** Sums per month and kind, one town's or the city's. */
	List<MonthKindCount> months(@Nullable String town, LocalDate from, LocalDate to) {
		return period("select month, kind, sum(count) from (%s) p group by month, kind", town, from, to)
			.query((rs, n) -> new MonthKindCount(rs.getDate(1).toLocalDate(), rs.getString(2), rs.getLong(3)))
			.list();
	}

	/**
	 * Open, due-soon and overdue requests per town as of a day (or one town's): due soon
	 * only while the alert's deadline has not passed (an extension moved it otherwise).
	 */
	Map<String, long[]> backlogs(@Nullable String town, LocalDate asOf) {
		return platform.sql("""
				select town, count(*),
				       count(*) filter (where state = 'DUE_SOON' and due_on >= ?),
				       count(*) filter (where state = 'OVERDUE')
				from supervision.request_status where (cast(? as varchar) is null or town = ?) group by town
				""")
			.params(Date.valueOf(asOf), town, town)
			.query((rs, n) -> Map.entry(rs.getString(1), new long[] { rs.getLong(2), rs.getLong(3), rs.getLong(4) }))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	/**
	 * Every town's report progress for a year (or one town's); towns without a row have
	 * none.
	 */
	Map<String, Progress> reports(@Nullable String town, int year) {
		return platform.sql("""
				select town, year, stage, due_on, submitted_on, times_returned from supervision.report_progress
				where year = ? and (cast(? as varchar) is null or town = ?)
				""")
			.params(year, town, town)
			.query((rs, n) -> Map.entry(rs.getString(1), progressAt(rs, 2)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	/** Open request alerts: due soon (deadline not passed) and overdue. */
	List<StateRow> requestAlerts(LocalDate asOf) {
		return platform.sql("""
				select town, state, tracking_code, alert_on from supervision.request_status
				where (state = 'DUE_SOON' and due_on >= ?) or state = 'OVERDUE'
				""")
			.param(Date.valueOf(asOf))
			.query((rs, n) -> new StateRow(rs.getString(1), rs.getString(2), rs.getString(3),
					(rs.getDate(4) != null) ? rs.getDate(4).toLocalDate() : asOf))
			.list();
	}

	/** Items published late on or after {@code since}. */
	List<StateRow> lateItems(LocalDate since) {
		return platform
			.sql("select town, subject, published_on from supervision.late_item where published_on >= ? and "
					+ "published_on is not null")
			.param(Date.valueOf(since))
			.query((rs, n) -> new StateRow(rs.getString(1), "LATE", rs.getString(2), rs.getDate(3).toLocalDate()))
			.list();
	}

	/** Every counter of a town, for checks and tests. */
	Map<DayKind, Long> counters(String town) {
		return platform.sql("select day, kind, count from supervision.daily_counter where town = ?")
			.param(town)
			.query((rs, n) -> Map.entry(new DayKind(rs.getDate(1).toLocalDate(), rs.getString(2)), rs.getLong(3)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	/** A town's states (open requests, late items, reports), for checks and tests. */
	States states(String town) {
		List<RequestStatus> requests = platform.sql("""
				select tracking_code, received_on, state, due_on, alert_on from supervision.request_status
				where town = ? order by tracking_code
				""")
			.param(town)
			.query((rs, n) -> new RequestStatus(rs.getString(1), localDate(rs, 2), rs.getString(3), localDate(rs, 4),
					localDate(rs, 5)))
			.list();
		Map<String, LocalDate> late = platform
			.sql("select subject, published_on from supervision.late_item where town = ?")
			.param(town)
			.query((rs, n) -> Map.entry(rs.getString(1), rs.getDate(2).toLocalDate()))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		Map<Integer, Progress> reports = platform.sql("""
				select year, stage, due_on, submitted_on, times_returned from supervision.report_progress where town = ?
				""")
			.param(town)
			.query(ReadModel::progress)
			.list()
			.stream()
			.collect(Collectors.toMap(Progress::year, p -> p));
		return new States(requests, late, reports);
	}

	private static Progress progress(ResultSet rs, int n) throws SQLException {
		return progressAt(rs, 1);
	}

	private static Progress progressAt(ResultSet rs, int first) throws SQLException {
		return new Progress(rs.getInt(first), ReportStage.valueOf(rs.getString(first + 1)), localDate(rs, first + 2),
				localDate(rs, first + 3), rs.getInt(first + 4));
	}

	private static @Nullable LocalDate localDate(ResultSet rs, int column) throws SQLException {
		Date date = rs.getDate(column);
		return (date != null) ? date.toLocalDate() : null;
	}

	private static @Nullable Date date(@Nullable LocalDate day) {
		return (day != null) ? Date.valueOf(day) : null;
	}

	/** A kind written by a newer version is counted as it says, and changes no state. */
	static @Nullable Kind kind(String name) {
		try {
			return Kind.valueOf(name);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	record DayKind(LocalDate day, String kind) {
	}

	record TownKindCount(String town, String kind, long count) {
	}

	record MonthKindCount(LocalDate month, String kind, long count) {
	}

	/** A request still being handled. */
	record RequestStatus(String trackingCode, @Nullable LocalDate receivedOn, String state, @Nullable LocalDate dueOn,
			@Nullable LocalDate alertOn) {
	}

	/** An open alert as stored: its town, state or kind, subject and day. */
	record StateRow(String town, String state, String subject, LocalDate since) {
	}

	record States(List<RequestStatus> requests, Map<String, LocalDate> lateItems, Map<Integer, Progress> reports) {

		static States of(Collection<RequestStatus> requests, Map<String, LocalDate> late,
				Map<Integer, Progress> reports) {
			return new States(List.copyOf(requests), late, reports);
		}

	}

}
