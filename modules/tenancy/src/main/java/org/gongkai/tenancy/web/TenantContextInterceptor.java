package org.gongkai.tenancy.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.gongkai.tenancy.api.Tenants;
import org.gongkai.tenancy.api.Tenants.TenantScope;
import org.jspecify.annotations.Nullable;

import org.springframework.http.server.PathContainer;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Takes the town from the URL ({@code /towns/{code}/…}, {@code /api/v1/towns/{code}/…})
 * and makes it current for the request. Never from a header: a client could set that to
 * anything. An unknown town is 404 and a town that cannot be served is 503, before any
 * handler runs.
 */
class TenantContextInterceptor implements HandlerInterceptor {

	static final List<String> PATTERNS = List.of("/towns/{code}", "/towns/{code}/**", "/api/v1/towns/{code}",
			"/api/v1/towns/{code}/**", "/staff/towns/{code}", "/staff/towns/{code}/**");

	private static final String SCOPE = TenantContextInterceptor.class.getName() + ".scope";

	private final List<PathPattern> patterns = PATTERNS.stream().map(PathPatternParser.defaultInstance::parse).toList();

	private final Tenants tenants;

	TenantContextInterceptor(Tenants tenants) {
		this.tenants = tenants;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		String code = townCode(request);
		if (code != null) {
			request.setAttribute(SCOPE, tenants.enter(code));
		}
		return true;
	}

	@Override
	public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
			@Nullable Exception ex) {
		if (request.getAttribute(SCOPE) instanceof TenantScope scope) {
			request.removeAttribute(SCOPE);
			scope.close();
		}
	}

	private @Nullable String townCode(HttpServletRequest request) {
		var path = PathContainer.parsePath(request.getRequestURI().substring(request.getContextPath().length()));
		for (PathPattern pattern : patterns) {
			var match = pattern.matchAndExtract(path);
			if (match != null) {
				return match.getUriVariables().get("code");
			}
		}
		return null;
	}

}
