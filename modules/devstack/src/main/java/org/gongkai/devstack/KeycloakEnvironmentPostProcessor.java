package org.gongkai.devstack;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Offers the embedded Keycloak's {@code gongkai.oidc.*} settings when none are configured
 * ({@code GONGKAI_OIDC_ISSUER} unset). It runs after the configuration files are read,
 * and adds a source that starts Keycloak only when one of the settings is read.
 */
class KeycloakEnvironmentPostProcessor implements EnvironmentPostProcessor {

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		var source = new KeycloakPropertySource(environment);
		if (source.wanted()) {
			environment.getPropertySources().addLast(source);
		}
	}

}
