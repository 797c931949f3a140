package org.gongkai.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.gongkai.tenancy.api.NewTown;
import org.gongkai.tenancy.api.TownKind;
import org.gongkai.tenancy.api.TownProvisioning;
import org.gongkai.tenancy.api.TownRegistry;
import org.gongkai.tenancy.api.TownStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * 昌吉市 and its 15 towns and streets (demo/towns.csv), provisioned on the first start of a
 * demo installation. Towns already active are left alone, so later starts cost one
 * registry read.
 */
@Component
@Order(1)
class DemoCity implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoCity.class);

	private final DemoProperties properties;

	private final TownRegistry registry;

	private final TownProvisioning provisioning;

	DemoCity(DemoProperties properties, TownRegistry registry, TownProvisioning provisioning) {
		this.properties = properties;
		this.registry = registry;
		this.provisioning = provisioning;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!properties.enabled()) {
			return;
		}
		List<NewTown> missing = towns().stream()
			.filter(town -> registry.find(town.code()).map(t -> t.status() != TownStatus.ACTIVE).orElse(true))
			.toList();
		for (NewTown town : missing) {
			provisioning.provision(town);
		}
		if (!missing.isEmpty()) {
			log.info("Demo city 昌吉市: provisioned {} towns", missing.size());
		}
	}

	static List<NewTown> towns() {
		try (var reader = new BufferedReader(new InputStreamReader(
				new ClassPathResource("demo/towns.csv").getInputStream(), StandardCharsets.UTF_8))) {
			return reader.lines()
				.filter(line -> !line.isBlank() && !line.startsWith("#"))
				.map(line -> line.split(","))
				.map(f -> new NewTown(f[0], f[1], TownKind.valueOf(f[4]), f[2], f[3]))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read demo/towns.csv", ex);
		}
	}

}
