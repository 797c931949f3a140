package org.gongkai.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.gongkai.disclosure.api.CategoryService;
import org.gongkai.tenancy.api.Tenants;
import org.gongkai.tenancy.api.TownRegistry;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Times the public portal with a large town: starts the platform in-process on a database
 * of its own (dropped afterwards), fills 滨湖镇 with {@code --items} published items and
 * every other demo town with {@code --others}, then requests list, item and search pages
 * over HTTP, each URL twice: the first load renders from PostgreSQL, the second comes
 * from the Redis page cache.
 *
 * <p>
 * {@code java -jar modules/bench/target/gongkai-bench.jar [--items=100000] [--others=2000]
 * [--samples=100]}
 */
public final class PortalBenchmark {

	private static final String BIG_TOWN = "binhu";

	private static final List<String> QUERIES = List.of("公开", "低保", "2016年", "农村道路", "资金发放", "wifi", "安全生产", "高龄津贴",
			"公示", "危房改造", "政府信息公开", "乡村振兴", "防汛", "秸秆禁烧", "监督电话", "一卡通", "项目总投资", "2020年 补贴", "草原生态", "医疗救助", "村务公开",
			"冬季供暖", "pm2", "safety", "双拥", "临时救助", "农机", "高标准农田", "残疾人", "人居环境");

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final String base;

	private PortalBenchmark(int port) {
		this.base = "http://127.0.0.1:" + port;
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> options = options(args);
		int items = Integer.parseInt(options.getOrDefault("items", "100000"));
		int others = Integer.parseInt(options.getOrDefault("others", "2000"));
		int samples = Integer.parseInt(options.getOrDefault("samples", "100"));
		ConfigurableApplicationContext context = BenchPlatform.start();
		try {
			var generator = new CatalogueGenerator(context.getBean(Tenants.class), context.getBean(TownRegistry.class),
					context.getBean(CategoryService.class), context.getBean(EntityManager.class),
					new TransactionTemplate(context.getBean("transactionManager", PlatformTransactionManager.class)));
			long started = System.nanoTime();
			generator.generate(BIG_TOWN, items, 2016);
			List<String> towns = context.getBean(TownRegistry.class).all().stream().map(t -> t.code()).toList();
			for (String town : towns) {
				if (!town.equals(BIG_TOWN)) {
					generator.generate(town, others, town.hashCode());
				}
			}
			System.out.printf("Generated %,d items in %s and %,d in each of %d other towns in %d s%n", items, BIG_TOWN,
					others, towns.size() - 1, (System.nanoTime() - started) / 1_000_000_000);
			int port = BenchPlatform.port(context);
			var benchmark = new PortalBenchmark(port);
			String report = benchmark.run(towns, ids(context, samples), categories(context), samples, items, others);
			System.out.println(report);
			Path out = Path.of("target", "portal-benchmark.md");
			Files.createDirectories(out.getParent());
			Files.writeString(out, report);
			System.out.println("Written to " + out.toAbsolutePath());
		}
		finally {
			context.close();
		}
	}

	private String run(List<String> towns, List<UUID> itemIds, List<UUID> categories, int samples, int items,
			int others) throws Exception {
		// warm the JIT and the connection pools on pages that are not measured
		for (int i = 0; i < 3; i++) {
			for (String town : towns) {
				get("/towns/" + town + "/catalogue?page=" + (i + 2) + "&lang=en");
				get("/towns/" + town + "/search?q=" + encode("工作 " + i));
			}
		}
		Map<String, List<String>> scenarios = new LinkedHashMap<>();
		List<String> lists = new ArrayList<>();
		List<String> deep = new ArrayList<>();
		for (int i = 0; i < samples; i++) {
			// what readers do: the first pages, by year and by category
			lists.add("/towns/" + BIG_TOWN + "/catalogue?page=" + (1 + i % 5) + "&year=" + (2016 + i / 5 % 10)
					+ ((i % 2 == 0) ? "" : "&category=" + categories.get(i % categories.size())));
			// and what crawlers do: every page, deep ones included
			deep.add("/towns/" + BIG_TOWN + "/catalogue?page=" + (1 + (i * 4999L % Math.max(1, items / 20))));
		}
		scenarios.put("滨湖镇 catalogue, first 5 pages by year and category", lists);
		scenarios.put("滨湖镇 catalogue, any page of " + (items / 20), deep);
		List<String> itemPages = itemIds.stream().map(id -> "/towns/" + BIG_TOWN + "/items/" + id).toList();
		scenarios.put("滨湖镇 item page", itemPages);
		List<String> searches = new ArrayList<>();
		for (int i = 0; i < samples; i++) {
			String query = QUERIES.get(i % QUERIES.size());
			searches.add("/towns/" + BIG_TOWN + "/search?q=" + encode(query) + "&page=" + (1 + i / QUERIES.size()));
		}
		scenarios.put("滨湖镇 search page", searches);
		List<String> homes = new ArrayList<>();
		for (String town : towns) {
			homes.add("/towns/" + town);
			homes.add("/towns/" + town + "/catalogue");
		}
		scenarios.put("15 towns: home and first list page (" + others + " items each, 滨湖镇 " + items + ")", homes);

		StringBuilder report = new StringBuilder();
		report.append("| page | requests | first load p50 / p95 / max (ms) | repeated p50 / p95 / max (ms) |\n");
		report.append("|---|---|---|---|\n");
		for (var scenario : scenarios.entrySet()) {
			double[] first = times(scenario.getValue());
			double[] repeated = times(scenario.getValue());
			report.append("| %s | %d | %s | %s |%n".formatted(scenario.getKey(), scenario.getValue().size(),
					summary(first), summary(repeated)));
		}
		return report.toString();
	}

	private double[] times(List<String> paths) throws IOException, InterruptedException {
		double[] times = new double[paths.size()];
		for (int i = 0; i < paths.size(); i++) {
			long start = System.nanoTime();
			get(paths.get(i));
			times[i] = (System.nanoTime() - start) / 1e6;
		}
		return times;
	}

	private void get(String path) throws IOException, InterruptedException {
		HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
				HttpResponse.BodyHandlers.ofByteArray());
		if (response.statusCode() != 200) {
			throw new IllegalStateException(path + " answered " + response.statusCode());
		}
	}

	private static String summary(double[] times) {
		double[] sorted = times.clone();
		Arrays.sort(sorted);
		return "%.1f / %.1f / %.1f".formatted(percentile(sorted, 50), percentile(sorted, 95),
				sorted[sorted.length - 1]);
	}

	private static double percentile(double[] sorted, int percent) {
		int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
	}

	@SuppressWarnings("unchecked")
	private static List<UUID> ids(ConfigurableApplicationContext context, int samples) {
		var entityManager = context.getBean(EntityManager.class);
		var transactions = new TransactionTemplate(
				context.getBean("transactionManager", PlatformTransactionManager.class));
		return context.getBean(Tenants.class)
			.callAs(BIG_TOWN, () -> transactions.execute(status -> (List<UUID>) entityManager
				.createNativeQuery("select id from catalogue_item order by md5(id::text) limit :samples", UUID.class)
				.setParameter("samples", samples)
				.getResultList()));
	}

	private static List<UUID> categories(ConfigurableApplicationContext context) {
		return context.getBean(Tenants.class)
			.callAs(BIG_TOWN, () -> context.getBean(CategoryService.class).tree().stream().map(c -> c.id()).toList());
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	private static Map<String, String> options(String[] args) {
		Map<String, String> options = new LinkedHashMap<>();
		for (String arg : args) {
			if (arg.startsWith("--") && arg.contains("=")) {
				options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
			}
		}
		return options;
	}

}
