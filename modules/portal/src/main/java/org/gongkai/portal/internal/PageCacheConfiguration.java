package org.gongkai.portal.internal;

import io.micrometer.core.instrument.MeterRegistry;
import org.gongkai.tenancy.api.TownRegistry;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.web.servlet.LocaleResolver;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PageCacheProperties.class)
class PageCacheConfiguration {

	/**
	 * Inside the security chain (order -100), so that its headers go out with cached
	 * pages too.
	 */
	static final int FILTER_ORDER = 0;

	@Bean
	PageCache portalPageCache(StringRedisTemplate redis, PageCacheProperties properties, MeterRegistry meters) {
		return new PageCache(redis, properties, meters);
	}

	@Bean
	CacheInvalidation portalCacheInvalidation(PageCache cache) {
		return new CacheInvalidation(cache);
	}

	@Bean
	FilterRegistrationBean<PageCacheFilter> portalPageCacheFilter(PageCache cache, PageCacheProperties properties,
			TownRegistry registry, LocaleResolver localeResolver) {
		var registration = new FilterRegistrationBean<>(new PageCacheFilter(cache, registry, localeResolver));
		registration.setOrder(FILTER_ORDER);
		registration.setEnabled(properties.enabled());
		return registration;
	}

}
