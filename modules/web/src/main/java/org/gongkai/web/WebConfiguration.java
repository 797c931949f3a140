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
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

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

	@Bean
	LocaleResolver localeResolver() {
		var resolver = new AcceptHeaderLocaleResolver();
		resolver.setDefaultLocale(DEFAULT_LOCALE);
		resolver.setSupportedLocales(List.of(DEFAULT_LOCALE, Locale.ENGLISH));
		return resolver;
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
