package org.gongkai.tenancy.web;

import org.gongkai.tenancy.api.Tenants;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class TenancyWebConfiguration implements WebMvcConfigurer {

	private final Tenants tenants;

	TenancyWebConfiguration(Tenants tenants) {
		this.tenants = tenants;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new TenantContextInterceptor(tenants))
			.addPathPatterns(TenantContextInterceptor.PATTERNS);
	}

}
