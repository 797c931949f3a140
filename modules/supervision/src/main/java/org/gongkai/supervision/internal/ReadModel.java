package org.gongkai.supervision.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.gongkai.supervision.internal.Outbox.OutboxRow;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Schema {@code supervision}: the daily counters and the outbox rows already applied. A
 * row moves its counter only when its {@code (town, outbox id)} is new, in the same
 * transaction, so delivering it again (a crash between applying and marking it delivered,
 * two relays) changes nothing. Callers hold a platform transaction.
 */
@Component
class ReadModel {

	private final JdbcClient platform;

	ReadModel(@Qualifier("platformJdbc") JdbcClient platform) {
		this.platform = platform;
	}

	/**
	 * @return the rows that moved a counter (the others were applied before)
	 */
	int apply(String town, List<OutboxRow> rows) {
		int applied = 0;
		for (OutboxRow row : rows) {
			int fresh = platform.sql("""
					insert into supervision.applied_event (town, outbox_id) values (?, ?) on conflict do nothing
					""").params(town, row.id()).update();
			if (fresh == 1) {
				platform.sql("""
						insert into supervision.daily_counter (town, day, kind, count) values (?, ?, ?, 1)
						on conflict (town, day, kind) do update set count = daily_counter.count + 1
						""").params(town, Date.valueOf(row.day()), row.kind()).update();
				applied++;
			}
		}
		return applied;
	}

	/**
	 * Replaces a town's counters with recomputed ones and records the outbox rows they
	 * already include as applied.
	 * @return counter rows written
	 */
	int replace(String town, Map<DayKind, Long> counters, List<Long> included) {
		platform.sql("delete from supervision.daily_counter where town = ?").param(town).update();
		counters.forEach((key, count) -> platform
			.sql("insert into supervision.daily_counter (town, day, kind, count) values (?, ?, ?, ?)")
			.params(town, Date.valueOf(key.day()), key.kind(), count)
			.update());
		for (Long id : included) {
			platform.sql("insert into supervision.applied_event (town, outbox_id) values (?, ?) on conflict do nothing")
				.params(town, id)
				.update();
		}
		return counters.size();
	}

	/** Sums per town and kind over the days from and to, both included. */
	List<TownKindCount> sums(LocalDate from, LocalDate to) {
		return platform.sql("""
				select town, kind, sum(count) from supervision.daily_counter
				where day between ? and ? group by town, kind
				""")
			.params(Date.valueOf(from), Date.valueOf(to))
			.query((rs, n) -> new TownKindCount(rs.getString(1), rs.getString(2), rs.getLong(3)))
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

	record DayKind(LocalDate day, String kind) {
	}

	record TownKindCount(String town, String kind, long count) {
	}

}
