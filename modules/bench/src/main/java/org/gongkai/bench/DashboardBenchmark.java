package org.gongkai.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.gongkai.supervision.api.AlertPage;
import org.gongkai.supervision.api.CityAlerts;
import org.gongkai.supervision.api.CityFigures;
import org.gongkai.supervision.api.Indicator;
import org.gongkai.tenancy.api.TownRegistry;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The city dashboard at 15, 150 and 1,000 towns ({@code --towns=15,150,1000}). The
 * dashboard reads only the read model (schema {@code supervision}) and the town registry,
 * so the generator writes those directly: registry rows (status ARCHIVED, so that the
 * scheduled jobs, which work in active towns, leave these schema-less towns alone; the
 * dashboard lists archived towns like active ones) and, per town, two years of daily
 * counters at about 1,000 items and 200 requests a year spread over the working days,
 * with an outcome mix, review cases, alerts, open requests, late items and report states.
 * For each size it measures what the dashboard page asks for: the city summary, the first
 * page of the town table (20 rows, sorted by on-time reply rate) and the first page of
 * alerts; first (cold: the cache generation bumped) and repeated (warm: from Redis). The
 * full {@code between} (every town: the JSON API and exports) is measured too.
 *
 * <p>
 * {@code java -Dloader.main=org.gongkai.bench.DashboardBenchmark -cp
 * modules/bench/target/gongkai-bench.jar
 * org.springframework.boot.loader.launch.PropertiesLauncher}
 */
public final class DashboardBenchmark {

	private DashboardBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int[] sizes = Arrays.stream(option(args, "towns", "15,150,1000").split(","))
			.mapToInt(Integer::parseInt)
			.toArray();
		int samples = Integer.parseInt(option(args, "samples", "20"));
		ConfigurableApplicationContext context = BenchPlatform.start("--gongkai.demo.enabled=false",
				"--gongkai.supervision.relay-first-run=PT24H", "--gongkai.supervision.prune-first-run=PT24H",
				"--gongkai.supervision.cache-namespace=gongkai:bench:supervision:" + System.nanoTime());
		StringBuilder table = new StringBuilder("""
				| towns | counter rows | question | first load p50 / max (ms) | repeated p50 / p95 / max (ms) |
				|---|---|---|---|---|
				""");
		try {
			JdbcClient jdbc = context.getBean("platformJdbc", JdbcClient.class);
			CityFigures figures = context.getBean(CityFigures.class);
			CityAlerts alerts = context.getBean(CityAlerts.class);
			StringRedisTemplate redis = context.getBean(StringRedisTemplate.class);
			String generation = context.getEnvironment().getProperty("gongkai.supervision.cache-namespace")
					+ ":generation";
			LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
			LocalDate from = today.minusYears(1).plusDays(1);
			int made = 0;
			for (int size : sizes) {
				long started = System.nanoTime();
				ReadModelGenerator.towns(jdbc, made, size, today);
				made = size;
				// an unknown code makes the registry reload its snapshot
				context.getBean(TownRegistry.class).find("bench-reload-" + size);
				System.out.printf(Locale.ROOT, "%d towns generated in %.1f s%n", size,
						(System.nanoTime() - started) / 1e9);
				long rows = jdbc.sql("select count(*) from supervision.daily_counter").query(Long.class).single();
				jdbc.sql("analyze supervision.daily_counter").update();
				jdbc.sql("analyze supervision.monthly_counter").update();
				if (size == sizes[0]) {
					// the JIT and the connection pools warm up before anything is
					// measured
					for (int i = 0; i < 30; i++) {
						redis.opsForValue().increment(generation);
						for (int j = 0; j < 5; j++) {
							figures.summary(from, today);
							figures.towns(from, today, Indicator.ON_TIME_REPLY_RATE, false, 0, 20);
							alerts.open(null, null, 0, 20);
							figures.between(from, today);
						}
					}
				}
				measure(table, size, rows, "page: summary + town table page 1 + alerts page 1", samples, redis,
						generation, () -> {
							figures.summary(from, today);
							figures.towns(from, today, Indicator.ON_TIME_REPLY_RATE, false, 0, 20);
							AlertPage page = alerts.open(null, null, 0, 20);
							return page.total();
						});
				measure(table, size, rows, "summary only", samples, redis, generation,
						() -> figures.summary(from, today).towns());
				measure(table, size, rows, "API: every town (between)", Math.min(samples, 10), redis, generation,
						() -> figures.between(from, today).towns().size());
			}
			System.out.println(table);
			Path out = Path.of("target", "dashboard-benchmark.md");
			Files.createDirectories(out.getParent());
			Files.writeString(out, table);
		}
		finally {
			context.close();
		}
	}

	private static void measure(StringBuilder table, int towns, long rows, String question, int samples,
			StringRedisTemplate redis, String generation, Supplier<Object> ask) {
		List<Double> cold = new ArrayList<>();
		List<Double> warm = new ArrayList<>();
		for (int i = 0; i < samples; i++) {
			redis.opsForValue().increment(generation);
			cold.add(time(ask));
			for (int j = 0; j < 10; j++) {
				warm.add(time(ask));
			}
		}
		cold.sort(null);
		warm.sort(null);
		String line = String.format(Locale.ROOT, "| %d | %,d | %s | %.1f / %.1f | %.2f / %.2f / %.2f |%n", towns, rows,
				question, percentile(cold, 50), cold.get(cold.size() - 1), percentile(warm, 50), percentile(warm, 95),
				warm.get(warm.size() - 1));
		System.out.print(line);
		table.append(line);
	}

	private static double time(Supplier<Object> ask) {
		long start = System.nanoTime();
		ask.get();
		return (System.nanoTime() - start) / 1e6;
	}

	private static double percentile(List<Double> sorted, int p) {
		return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
	}

	private static String option(String[] args, String name, String otherwise) {
		for (String arg : args) {
			if (arg.startsWith("--" + name + "=")) {
				return arg.substring(name.length() + 3);
			}
		}
		return otherwise;
	}

}
