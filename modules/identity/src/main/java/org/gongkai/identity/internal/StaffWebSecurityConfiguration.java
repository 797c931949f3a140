package org.gongkai.identity.internal;

import java.util.Map;

import org.gongkai.identity.api.StaffRole;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Staff screens: OIDC login with the confidential client {@code gongkai-web}
 * (authorization code with PKCE), the session in Redis (Spring Session), CSRF on every
 * form, RP-initiated logout. Roles and towns come from the access token, as for the API,
 * so both see the same person.
 */
@Configuration(proxyBeanMethods = false)
class StaffWebSecurityConfiguration {

	static final String REGISTRATION = "keycloak";

	@Bean
	@Order(2)
	SecurityFilterChain staffSecurity(HttpSecurity http, ClientRegistrationRepository clients, TownAccess townAccess,
			OAuth2UserService<OidcUserRequest, OidcUser> staffUsers) throws Exception {
		var authorizationRequests = new DefaultOAuth2AuthorizationRequestResolver(clients, "/oauth2/authorization");
		authorizationRequests.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
		var logout = new OidcClientInitiatedLogoutSuccessHandler(clients);
		logout.setPostLogoutRedirectUri("{baseUrl}/");
		http.authorizeHttpRequests(requests -> requests.requestMatchers("/staff/towns/{code}/**")
			.access(townAccess)
			.requestMatchers("/staff/**")
			.authenticated()
			.requestMatchers("/admin/**")
			.hasRole(StaffRole.PLATFORM_ADMIN.roleName())
			.anyRequest()
			.permitAll())
			.oauth2Login(login -> login.loginPage("/oauth2/authorization/" + REGISTRATION)
				.authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(authorizationRequests))
				.userInfoEndpoint(userInfo -> userInfo.oidcUserService(staffUsers))
				.defaultSuccessUrl("/staff"))
			.logout(out -> out.logoutSuccessHandler(logout));
		return http.build();
	}

	/**
	 * Given explicitly, so that the platform starts without asking Keycloak for its
	 * metadata.
	 */
	@Bean
	ClientRegistrationRepository clientRegistrations(OidcProperties oidc) {
		String realm = oidc.issuer() + "/protocol/openid-connect";
		return new InMemoryClientRegistrationRepository(ClientRegistration.withRegistrationId(REGISTRATION)
			.clientId(java.util.Objects.requireNonNullElse(oidc.webClientId(), "gongkai-web"))
			.clientSecret(oidc.webClientSecret())
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
			.scope("openid", "profile", "email")
			.authorizationUri(realm + "/auth")
			.tokenUri(realm + "/token")
			.jwkSetUri(realm + "/certs")
			.userInfoUri(realm + "/userinfo")
			.userNameAttributeName("preferred_username")
			.issuerUri(oidc.issuer())
			.providerConfigurationMetadata(Map.of("end_session_endpoint", realm + "/logout"))
			.clientName("Keycloak")
			.build());
	}

	/**
	 * The person from the ID token; roles and towns from the access token, read like a
	 * bearer token.
	 */
	@Bean
	OAuth2UserService<OidcUserRequest, OidcUser> staffUsers(JwtDecoder jwtDecoder) {
		var standard = new OidcUserService();
		var authorities = new StaffAuthorities();
		return request -> {
			OidcUser user = standard.loadUser(request);
			var token = authorities.convert(jwtDecoder.decode(request.getAccessToken().getTokenValue()));
			return new DefaultOidcUser(token.getAuthorities(), user.getIdToken(), user.getUserInfo(),
					"preferred_username");
		};
	}

}
