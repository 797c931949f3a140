package org.gongkai.bench;

import java.util.ArrayList;
import java.util.List;

import org.gongkai.GongkaiApplication;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The whole platform started in-process for a benchmark, on a database of its own that is
 * dropped when it stops, with the demo city provisioned.
 */
final class BenchPlatform {

	private BenchPlatform() {
	}

	/**
	 * @param settings more {@code --name=value} settings; command-line arguments win over
	 * application.properties (its server.port, say)
	 */
	static ConfigurableApplicationContext start(String... settings) {
		List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--gongkai.devstack.isolated-database=true",
				"--gongkai.devstack.keycloak.port=0", "--spring.main.banner-mode=off", "--logging.level.root=WARN"));
		arguments.addAll(List.of(settings));
		return new SpringApplicationBuilder(GongkaiApplication.class).run(arguments.toArray(String[]::new));
	}

	static int port(ConfigurableApplicationContext context) {
		return ((WebServerApplicationContext) context).getWebServer().getPort();
	}

}
