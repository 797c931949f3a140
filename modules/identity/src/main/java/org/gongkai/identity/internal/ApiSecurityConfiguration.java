package org.gongkai.identity.internal;

import java.util.List;

import tools.jackson.databind.json.JsonMapper;

import org.gongkai.identity.api.StaffRole;
import org.gongkai.tenancy.api.PlatformAudit;
import org.gongkai.tenancy.api.TownRegistry;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The API: bearer tokens from the realm, no session, no CSRF (nothing rides on cookies).
 * Public answers (towns, calendar, probes) need no token; a town's data needs membership
 * of the town ({@link TownAccess}); platform administration needs {@code platform-admin}.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableConfigurationProperties(OidcProperties.class)
class ApiSecurityConfiguration {

	@Bean
	@Order(1)
	SecurityFilterChain apiSecurity(HttpSecurity http, JwtDecoder jwtDecoder, ProblemResponses problems,
			TownAccess townAccess) throws Exception {
		http.securityMatcher("/api/**", "/actuator/**", "/livez", "/readyz")
			.authorizeHttpRequests(requests -> requests
				.requestMatchers("/livez", "/readyz", "/actuator/health/**", "/actuator/health", "/actuator/info",
						"/actuator/prometheus")
				.permitAll()
				.requestMatchers(HttpMethod.GET, "/api/v1/calendar/**", "/api/v1/towns", "/api/v1/towns/{code}",
						"/api/v1/towns/{code}/requests/status")
				.permitAll()
				// citizens apply without an account (regulation art. 27)
				.requestMatchers(HttpMethod.POST, "/api/v1/towns/{code}/requests")
				.permitAll()
				.requestMatchers("/api/v1/towns/{code}/**")
				.access(townAccess)
				// the city's view of every town: no town role reaches it, whatever its
				// towns
				.requestMatchers("/api/v1/city/**")
				.hasRole(StaffRole.CITY_SUPERVISOR.roleName())
				.requestMatchers("/api/v1/admin/**", "/actuator/**")
				.hasRole(StaffRole.PLATFORM_ADMIN.roleName())
				.anyRequest()
				.authenticated())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.oauth2ResourceServer(resourceServer -> resourceServer
				.jwt(jwt -> jwt.decoder(jwtDecoder).jwtAuthenticationConverter(new StaffAuthorities()))
				.authenticationEntryPoint(problems)
				.accessDeniedHandler(problems))
			.exceptionHandling(
					exceptions -> exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			.anonymous(Customizer.withDefaults());
		return http.build();
	}

	/**
	 * Fetches the realm's keys on first use, so the platform starts while Keycloak is
	 * still starting.
	 */
	@Bean
	JwtDecoder jwtDecoder(OidcProperties oidc) {
		return new SupplierJwtDecoder(() -> {
			NimbusJwtDecoder decoder = NimbusJwtDecoder.withIssuerLocation(oidc.issuer()).build();
			decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
					JwtValidators.createDefaultWithIssuer(oidc.issuer()), audience(oidc.audience())));
			return decoder;
		});
	}

	@Bean
	ProblemResponses problemResponses(MessageSource messages, LocaleResolver localeResolver, JsonMapper json) {
		return new ProblemResponses(messages, localeResolver, json);
	}

	@Bean
	TownAccess townAccess(TownRegistry registry, PlatformAudit audit) {
		return new TownAccess(registry, audit);
	}

	private static OAuth2TokenValidator<Jwt> audience(String audience) {
		OAuth2Error wrongAudience = new OAuth2Error("invalid_token", "The token is not meant for " + audience, null);
		return jwt -> {
			List<String> audiences = jwt.getAudience();
			return (audiences != null && audiences.contains(audience)) ? OAuth2TokenValidatorResult.success()
					: OAuth2TokenValidatorResult.failure(wrongAudience);
		};
	}

}
