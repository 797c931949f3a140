package org.gongkai.app;

import java.util.List;

import org.gongkai.tenancy.api.TenantMigrations;
import org.gongkai.tenancy.api.TenantMigrations.Result;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -jar gongkai-exec.jar migrate [--parallelism=N]}: migrates schema platform
 * (as every start does) and then every town, N at a time, reporting each town's outcome.
 * Exits 0 when every town is current, 1 otherwise. Deployments run it before rolling out
 * a new version (the Helm hook job), so that replicas only ever verify.
 */
public final class MigrateCommand {

	private static final Logger log = LoggerFactory.getLogger(MigrateCommand.class);

	private MigrateCommand() {
	}

	/**
	 * @param application the Spring Boot application class to start without its web
	 * server
	 */
	public static int run(Class<?> application, String[] args) {
		int parallelism = 2;
		for (String arg : args) {
			if (arg.startsWith("--parallelism=")) {
				parallelism = Integer.parseInt(arg.substring("--parallelism=".length()));
			}
		}
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
			.web(WebApplicationType.NONE)
			.properties("gongkai.demo.enabled=false")
			.run()) {
			return migrate(context.getBean(TenantMigrations.class), parallelism);
		}
	}

	/**
	 * Migrates every town and logs one line per town and a summary; answers the exit
	 * code.
	 */
	static int migrate(TenantMigrations migrations, int parallelism) {
		List<Result> results = migrations.migrateAll(parallelism);
		for (Result result : results) {
			if (result.succeeded()) {
				log.info("town {}: current at {} ({} ms)", result.code(), result.version(), result.took().toMillis());
			}
			else {
				log.error("town {}: FAILED at {}: {}", result.code(), result.version(), result.error());
			}
		}
		long failed = results.stream().filter(r -> !r.succeeded()).count();
		log.info("migrate: {} towns, {} current, {} failed", results.size(), results.size() - failed, failed);
		return (failed == 0) ? 0 : 1;
	}

}
