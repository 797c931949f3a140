package org.gongkai.portal.web;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.gongkai.disclosure.api.Channel;
import org.gongkai.disclosure.api.Validity;
import org.gongkai.requests.api.ApplicantType;
import org.gongkai.requests.api.Delivery;
import org.gongkai.requests.api.InformationForm;
import org.gongkai.requests.api.RequestState;
import org.gongkai.tenancy.api.TownKind;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Both languages say everything, under the module's prefix, and every key a template
 * names exists.
 */
class PortalMessagesTests {

	private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{(portal\\.[a-zA-Z0-9.\\-]+)");

	@Test
	void chineseAndEnglishHaveTheSameKeysAllPrefixed() throws IOException {
		Set<String> chinese = keys("messages/portal.properties");
		Set<String> english = keys("messages/portal_en.properties");

		assertThat(english).isEqualTo(chinese);
		assertThat(chinese).allMatch(key -> key.startsWith("portal."));
	}

	@Test
	void everyKeyTheTemplatesAndEnumsNeedExists() throws IOException {
		Set<String> known = keys("messages/portal.properties");
		Set<String> needed = new TreeSet<>();
		for (var template : new PathMatchingResourcePatternResolver()
			.getResources("classpath:templates/portal/*.html")) {
			var matcher = TEMPLATE_KEY.matcher(template.getContentAsString(StandardCharsets.UTF_8));
			while (matcher.find()) {
				needed.add(matcher.group(1));
			}
		}
		for (TownKind kind : TownKind.values()) {
			needed.add("portal.kind." + kind);
			needed.add("portal.office." + kind);
		}
		for (Channel channel : Channel.values()) {
			needed.add("portal.channel." + channel);
		}
		for (Validity validity : Validity.values()) {
			needed.add("portal.validity." + validity);
		}
		for (ApplicantType type : ApplicantType.values()) {
			needed.add("portal.apply.applicant-type." + type);
		}
		for (InformationForm form : InformationForm.values()) {
			needed.add("portal.apply.form." + form);
		}
		for (Delivery delivery : Delivery.values()) {
			needed.add("portal.apply.delivery." + delivery);
		}
		for (RequestState state : RequestState.values()) {
			needed.add("portal.request-state." + state);
		}

		assertThat(needed).hasSizeGreaterThan(60);
		assertThat(known).containsAll(needed);
	}

	private static Set<String> keys(String path) throws IOException {
		var properties = new Properties();
		try (var reader = new InputStreamReader(new ClassPathResource(path).getInputStream(), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return new TreeSet<>(properties.stringPropertyNames());
	}

}
