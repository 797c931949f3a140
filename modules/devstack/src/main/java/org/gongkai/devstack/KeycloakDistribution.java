package org.gongkai.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The Keycloak server distribution this build fetched ({@code keycloak-quarkus-dist}, a
 * tar.gz in the local Maven repository), as the build wrote it into
 * {@code META-INF/gongkai/keycloak.properties}.
 */
record KeycloakDistribution(String version, Path archive) {

	private static final String RESOURCE = "META-INF/gongkai/keycloak.properties";

	static KeycloakDistribution fromClasspath() {
		try (InputStream in = KeycloakDistribution.class.getClassLoader().getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException(RESOURCE + " is missing: the devstack jar was not built by Maven");
			}
			var properties = new Properties();
			properties.load(in);
			return new KeycloakDistribution(properties.getProperty("version"),
					Path.of(properties.getProperty("archive")));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read " + RESOURCE, ex);
		}
	}

}
