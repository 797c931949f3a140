package org.gongkai.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Simplified Chinese by default, English on request. Each module drops its bundle into
 * {@code messages/<module>.properties} (zh-CN) and
 * {@code messages/<module>_en.properties}; they are all found here, so no central list
 * has to name them.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration {

	static final Locale DEFAULT_LOCALE = Locale.SIMPLIFIED_CHINESE;

	@Bean
	MessageSource messageSource() {
		var source = new ReloadableResourceBundleMessageSource();
		source.setBasenames(bundleBasenames());
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		source.setDefaultLocale(DEFAULT_LOCALE);
		return source;
	}

	/**
	 * A language chosen on a page ({@code ?lang=en}) is kept in a cookie; otherwise the
	 * browser's Accept-Language decides between the two we speak, and Chinese is the
	 * default.
	 */
	@Bean
	LocaleResolver localeResolver() {
		var fromHeader = new AcceptHeaderLocaleResolver();
		fromHeader.setDefaultLocale(DEFAULT_LOCALE);
		fromHeader.setSupportedLocales(List.of(DEFAULT_LOCALE, Locale.ENGLISH));
		var resolver = new CookieLocaleResolver("gongkai-lang");
		resolver.setDefaultLocaleFunction(fromHeader::resolveLocale);
		return resolver;
	}

	@Bean
	WebMvcConfigurer languageSwitch() {
		return new WebMvcConfigurer() {

			@Override
			public void addInterceptors(InterceptorRegistry registry) {
				var change = new LocaleChangeInterceptor();
				change.setParamName("lang");
				change.setIgnoreInvalidLocale(true);
				registry.addInterceptor(change);
			}

		};
	}

	@Bean
	UploadLimitFilter uploadLimitFilter() {
		return new UploadLimitFilter();
	}

	private static String[] bundleBasenames() {
		try {
			var names = new TreeSet<String>();
			for (Resource resource : new PathMatchingResourcePatternResolver()
				.getResources("classpath*:messages/*.properties")) {
				String file = resource.getFilename();
				if (file != null) {
					String base = file.substring(0, file.length() - ".properties".length());
					int locale = base.indexOf('_');
					names.add("classpath:messages/" + ((locale > 0) ? base.substring(0, locale) : base));
				}
			}
			return names.toArray(String[]::new);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not list the message bundles", ex);
		}
	}

}
