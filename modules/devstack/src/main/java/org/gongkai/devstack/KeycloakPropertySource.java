package org.gongkai.devstack;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.PropertySourcesPlaceholdersResolver;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;

/**
 * The identity settings ({@code gongkai.oidc.*}) of the embedded Keycloak. The server is
 * started the first time one of them is read, so that contexts which never touch identity
 * never pay for it. Ranked below every other source: whatever configuration names wins.
 */
final class KeycloakPropertySource extends PropertySource<Object> {

	static final String NAME = "gongkaiDevstackKeycloak";

	static final String ISSUER = "gongkai.oidc.issuer";

	static final String ADMIN_CLIENT_ID = "gongkai.oidc.admin-client-id";

	static final String ADMIN_CLIENT_SECRET = "gongkai.oidc.admin-client-secret";

	static final String WEB_CLIENT_ID = "gongkai.oidc.web-client-id";

	static final String WEB_CLIENT_SECRET = "gongkai.oidc.web-client-secret";

	private static final List<String> NAMES = List.of(ISSUER, ADMIN_CLIENT_ID, ADMIN_CLIENT_SECRET, WEB_CLIENT_ID,
			WEB_CLIENT_SECRET);

	private final ConfigurableEnvironment environment;

	private volatile @Nullable Map<String, String> values;

	KeycloakPropertySource(ConfigurableEnvironment environment) {
		super(NAME);
		this.environment = environment;
	}

	/**
	 * Whether Keycloak is wanted at all: not when an issuer is configured or the embedded
	 * one is switched off.
	 */
	boolean wanted() {
		Binder others = others();
		return !issuerConfigured(others) && settings(others).keycloak().enabled();
	}

	/**
	 * Whether the values were worked out, which starts Keycloak unless it is not wanted.
	 */
	boolean resolved() {
		return values != null;
	}

	@Override
	public @Nullable Object getProperty(String name) {
		if (!NAMES.contains(name)) {
			return null;
		}
		return resolve().get(name);
	}

	private synchronized Map<String, String> resolve() {
		Map<String, String> resolved = values;
		if (resolved == null) {
			// asked again now: a test may have named an issuer after start-up
			if (wanted()) {
				var settings = settings(others());
				String url = EmbeddedKeycloak.baseUrl(settings.dataDir(), settings.keycloak().port());
				// the realm file's default secrets; GONGKAI_OIDC_*_CLIENT_SECRET, if set,
				// reaches Keycloak's import and Spring alike (ranked above this source)
				resolved = Map.of(ISSUER, EmbeddedKeycloak.issuer(url), ADMIN_CLIENT_ID, "gongkai-admin",
						ADMIN_CLIENT_SECRET, "gongkai-admin-demo-secret", WEB_CLIENT_ID, "gongkai-web",
						WEB_CLIENT_SECRET, "gongkai-web-demo-secret");
			}
			else {
				resolved = Map.of();
			}
			values = resolved;
		}
		return resolved;
	}

	/**
	 * Every other source of the environment, so that asking what is configured neither
	 * recurses into this one nor starts Keycloak.
	 */
	private Binder others() {
		List<PropertySource<?>> sources = environment.getPropertySources()
			.stream()
			.filter((source) -> source != this)
			.toList();
		return new Binder(ConfigurationPropertySources.from(sources), new PropertySourcesPlaceholdersResolver(sources));
	}

	private static boolean issuerConfigured(Binder others) {
		return others.bind(ISSUER, String.class).map((issuer) -> !issuer.isBlank()).orElse(false);
	}

	private static DevstackSettings settings(Binder others) {
		return others.bindOrCreate("gongkai.devstack", DevstackSettings.class);
	}

}
