package org.gongkai.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManager;

import org.gongkai.tenancy.api.Tenants;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Online applications under load: {@code --applications} (500) citizens submit to 滨湖镇 at
 * once over HTTP, each sending its application three times with the same
 * {@code Idempotency-Key} (a double click, then a retry as after a timeout), from
 * {@code --clients} (32) concurrent connections. Checks that exactly one request is
 * stored per application, none lost, and that every answer for one key names the same
 * tracking code; reports the answer times.
 *
 * <p>
 * {@code java -cp modules/bench/target/gongkai-bench.jar
 * -Dloader.main=org.gongkai.bench.SubmissionBenchmark
 * org.springframework.boot.loader.launch.PropertiesLauncher}
 */
public final class SubmissionBenchmark {

	private static final Pattern CODE = Pattern.compile("\"trackingCode\":\"([^\"]+)\"");

	private SubmissionBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int applications = option(args, "applications", 500);
		int clients = option(args, "clients", 32);
		ConfigurableApplicationContext context = BenchPlatform
			.start("--gongkai.requests.limits.submissions-per-minute=1000000", "--gongkai.demo.enabled=true");
		try {
			long before = stored(context);
			HttpClient http = HttpClient.newBuilder()
				.connectTimeout(Duration.ofSeconds(5))
				.executor(Executors.newFixedThreadPool(clients))
				.build();
			URI uri = URI.create("http://127.0.0.1:" + BenchPlatform.port(context) + "/api/v1/towns/binhu/requests");
			ExecutorService pool = Executors.newFixedThreadPool(clients);
			Map<String, Set<String>> codes = new ConcurrentHashMap<>();
			List<Double> times = Collections.synchronizedList(new ArrayList<>());
			List<Future<?>> sent = new ArrayList<>();
			long started = System.nanoTime();
			for (int i = 0; i < applications; i++) {
				String key = UUID.randomUUID().toString();
				String body = """
						{"applicantType":"NATURAL_PERSON","name":"申请人%d","idNumber":"652301198503120031",
						 "phone":"13912345678","email":"a%d@example.cn","description":"第%d号申请：请公开2025年村务公开栏内容",
						 "form":"ELECTRONIC","delivery":"EMAIL"}
						""".formatted(i, i, i);
				for (int attempt = 0; attempt < 3; attempt++) {
					sent.add(pool.submit(() -> {
						long start = System.nanoTime();
						HttpResponse<String> answer = http.send(HttpRequest.newBuilder(uri)
							.header("Content-Type", "application/json")
							.header("Idempotency-Key", key)
							.timeout(Duration.ofSeconds(60))
							.POST(HttpRequest.BodyPublishers.ofString(body))
							.build(), HttpResponse.BodyHandlers.ofString());
						times.add((System.nanoTime() - start) / 1e6);
						Matcher code = CODE.matcher(answer.body());
						if (answer.statusCode() != 201 || !code.find()) {
							throw new IllegalStateException(answer.statusCode() + " " + answer.body());
						}
						codes.computeIfAbsent(key, k -> ConcurrentHashMap.newKeySet()).add(code.group(1));
						return null;
					}));
				}
			}
			for (Future<?> each : sent) {
				each.get();
			}
			double seconds = (System.nanoTime() - started) / 1e9;
			pool.shutdown();
			long stored = stored(context) - before;
			boolean oneCodePerKey = codes.values().stream().allMatch(set -> set.size() == 1);
			double[] sorted = times.stream().mapToDouble(Double::doubleValue).sorted().toArray();
			String report = """
					| applications | posts | clients | stored | one code per key | time (s) | posts/s | p50 / p95 / max (ms) |
					|---|---|---|---|---|---|---|---|
					| %d | %d | %d | %d | %s | %.1f | %.0f | %.1f / %.1f / %.1f |
					"""
				.formatted(applications, sent.size(), clients, stored, oneCodePerKey ? "yes" : "NO", seconds,
						sent.size() / seconds, sorted[(int) (sorted.length * 0.5)],
						sorted[(int) (sorted.length * 0.95)], sorted[sorted.length - 1]);
			System.out.println(report);
			Path out = Path.of("target", "submission-benchmark.md");
			Files.createDirectories(out.getParent());
			Files.writeString(out, report);
			if (stored != applications || !oneCodePerKey || codes.size() != applications) {
				throw new IllegalStateException(
						"Expected " + applications + " requests, one per key; stored " + stored);
			}
		}
		finally {
			context.close();
		}
	}

	private static long stored(ConfigurableApplicationContext context) {
		var entityManager = context.getBean(EntityManager.class);
		var transactions = new TransactionTemplate(
				context.getBean("transactionManager", PlatformTransactionManager.class));
		return context.getBean(Tenants.class)
			.callAs("binhu",
					() -> transactions.execute(status -> ((Number) entityManager
						.createNativeQuery("select count(*) from disclosure_request")
						.getSingleResult()).longValue()));
	}

	private static int option(String[] args, String name, int fallback) {
		return Arrays.stream(args)
			.filter(arg -> arg.startsWith("--" + name + "="))
			.map(arg -> Integer.parseInt(arg.substring(name.length() + 3)))
			.findFirst()
			.orElse(fallback);
	}

}
