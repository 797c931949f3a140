package org.gongkai.app;

import org.gongkai.supervision.api.ReadModelRebuild;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -jar gongkai-exec.jar supervision-rebuild}: recomputes the city's read
 * model from every town's own data and exits, 0 when every town was rebuilt, 1 otherwise.
 * Safe while replicas run: it waits for no one, and refuses (exit 1) while a relay holds
 * the lock.
 */
public final class SupervisionRebuildCommand {

	private static final Logger log = LoggerFactory.getLogger(SupervisionRebuildCommand.class);

	private SupervisionRebuildCommand() {
	}

	/**
	 * @param application the Spring Boot application class to start without its web
	 * server
	 */
	public static int run(Class<?> application) {
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
			.web(WebApplicationType.NONE)
			.properties("gongkai.demo.enabled=false")
			.run()) {
			return rebuild(context.getBean(ReadModelRebuild.class));
		}
	}

	static int rebuild(ReadModelRebuild rebuild) {
		try {
			ReadModelRebuild.Result result = rebuild.rebuild();
			log.info("supervision-rebuild: {} towns, {} failed, {} counters", result.towns(), result.failed(),
					result.counters());
			return (result.failed() == 0) ? 0 : 1;
		}
		catch (IllegalStateException ex) {
			log.error("supervision-rebuild: {}", ex.getMessage());
			return 1;
		}
	}

}
