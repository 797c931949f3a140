package org.gongkai.bench;

import java.sql.Date;
import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Towns and their read model, written straight into the registry and schema
 * {@code supervision} (the dashboard reads nothing else): statistically plausible
 * volumes, not event by event. Per town and year, on the working days (Monday to Friday):
 * about 1,000 items published (4 % late, 1 % withdrawn), 200 requests received and about
 * as many decided (about 90 % on time, 12 working days each on average) in the outcome
 * mix of a typical township report (予以公开 about half), a few review cases, due-soon and
 * overdue alerts; as of today about 15 open requests (3 due soon, 1 overdue in 5 towns
 * out of 6), late items, and last year's annual reports at every stage.
 */
final class ReadModelGenerator {

	private ReadModelGenerator() {
	}

	/** Adds towns {@code from} (included) to {@code to} (excluded). */
	static void towns(JdbcClient jdbc, int from, int to, LocalDate today) {
		for (int first = from; first < to; first += 50) {
			int last = Math.min(to, first + 50);
			String[] codes = new String[last - first];
			for (int i = first; i < last; i++) {
				String code = "bench%04d".formatted(i);
				codes[i - first] = code;
				jdbc.sql("""
						insert into platform.town (code, name, kind, division_code, credit_code, schema_name, status)
						values (?, ?, 'TOWNSHIP', ?, ?, ?, 'ARCHIVED') on conflict do nothing
						""")
					.params(code, "测试镇" + i, "659%09d".formatted(i), "11659%013d".formatted(i), "town_" + code)
					.update();
			}
			counters(jdbc, codes, today);
		}
	}

	private static void counters(JdbcClient jdbc, String[] codes, LocalDate today) {
		Date start = Date.valueOf(today.minusYears(2));
		Date end = Date.valueOf(today);
		// kind, probability of a row on a working day, largest count (count is 1 to it)
		jdbc.sql("""
				insert into supervision.daily_counter (town, day, kind, count)
				select t.town, d::date, k.kind, 1 + floor(random() * k.most)::int
				from unnest(cast(? as varchar[])) t(town)
				cross join generate_series(cast(? as date), cast(? as date), interval '1 day') d
				cross join (values ('ITEM_PUBLISHED', 1.0, 7), ('ITEM_PUBLISHED_LATE', 0.15, 2),
				    ('ITEM_WITHDRAWN', 0.04, 2), ('REQUEST_RECEIVED', 0.55, 2), ('REQUEST_DECIDED', 0.55, 2),
				    ('REQUEST_DECIDED_ON_TIME', 0.50, 2), ('REQUEST_WORKING_DAYS', 0.55, 35),
				    ('OUTCOME_DISCLOSED', 0.35, 2), ('OUTCOME_PARTLY_DISCLOSED', 0.10, 1),
				    ('OUTCOME_WITHHELD', 0.05, 1), ('OUTCOME_UNAVAILABLE', 0.12, 1), ('OUTCOME_NOT_PROCESSED', 0.04, 1),
				    ('OUTCOME_OTHER', 0.04, 1), ('REQUEST_DUE_SOON', 0.10, 1), ('REQUEST_OVERDUE', 0.02, 1),
				    ('REVIEW_OPENED', 0.012, 1), ('REVIEW_UPHELD', 0.006, 1), ('REVIEW_CORRECTED', 0.003, 1),
				    ('REVIEW_OTHER', 0.003, 1)) k(kind, p, most)
				where extract(isodow from d) < 6 and random() < k.p
				""").params(codes, start, end).update();
		// the relay keeps the monthly sums with the days; so does the generator
		jdbc.sql("""
				insert into supervision.monthly_counter (town, month, kind, count)
				select town, date_trunc('month', day)::date, kind, sum(count) from supervision.daily_counter
				where town = any (cast(? as varchar[])) group by 1, 2, 3
				""").params((Object) codes).update();
		jdbc.sql("""
				insert into supervision.request_status (town, tracking_code, received_on, state, due_on, alert_on)
				select t.town, t.town || '-' || n, cast(? as date) - (n * 2),
				       case when n = 1 and random() < 0.85 then 'OVERDUE' when n <= 4 then 'DUE_SOON' else 'OPEN' end,
				       case when n <= 4 then cast(? as date) + 2 end, case when n <= 4 then cast(? as date) - 1 end
				from unnest(cast(? as varchar[])) t(town) cross join generate_series(1, 15) n
				""").params(Date.valueOf(today), Date.valueOf(today), Date.valueOf(today), codes).update();
		jdbc.sql("""
				insert into supervision.late_item (town, subject, published_on)
				select t.town, '11652301-' || t.town || '/' || n, cast(? as date) - n * 9
				from unnest(cast(? as varchar[])) t(town) cross join generate_series(1, 80) n
				""").params(Date.valueOf(today), codes).update();
		int year = today.getYear() - 1;
		jdbc.sql(
				"""
						insert into supervision.report_progress (town, year, stage, due_on, submitted_on, times_returned)
						select t.town, ?, s.stage, make_date(? + 1, 1, 31), make_date(? + 1, 1, 31) - 10 + (random() * 20)::int,
						       (random() * 2)::int
						from unnest(cast(? as varchar[])) t(town)
						cross join lateral (select (array['SUBMITTED', 'RETURNED', 'APPROVED', 'PUBLISHED', 'PUBLISHED', 'NONE'])
						    [1 + floor(random() * 6 + 0 * length(t.town))::int] as stage) s
						where s.stage <> 'NONE'
						""")
			.params(year, year, year, codes)
			.update();
	}

}
