package org.gongkai;

import java.util.Arrays;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/**
 * Gongkai (公开): government information disclosure for the townships of a county-level
 * city. {@code java -jar gongkai-exec.jar} serves the platform;
 * {@code java -jar gongkai-exec.jar migrate} brings every town's schema up to date and
 * exits, {@code supervision-rebuild} recomputes the city's read model and exits (see
 * docs/operations.md).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(systemName = "Gongkai", sharedModules = "web")
public class GongkaiApplication {

	public static void main(String[] args) {
		if (args.length > 0 && args[0].equals("migrate")) {
			System.exit(org.gongkai.app.MigrateCommand.run(GongkaiApplication.class,
					Arrays.copyOfRange(args, 1, args.length)));
		}
		if (args.length > 0 && args[0].equals("supervision-rebuild")) {
			System.exit(org.gongkai.app.SupervisionRebuildCommand.run(GongkaiApplication.class));
		}
		SpringApplication.run(GongkaiApplication.class, args);
	}

}
