package org.gongkai.reporting.internal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Properties;

import org.gongkai.reporting.api.Rule;
import org.gongkai.reporting.api.Section;
import org.gongkai.reporting.api.Table2;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Both languages have every message, and every rule and field has its own. */
class ReportingMessagesTests {

	@Test
	void chineseAndEnglishHaveTheSameKeys() throws IOException {
		Properties chinese = load("messages/reporting.properties");
		Properties english = load("messages/reporting_en.properties");

		assertThat(english.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(chinese.stringPropertyNames());
		for (Rule rule : Rule.values()) {
			assertThat(chinese.stringPropertyNames()).anyMatch(key -> key.startsWith("reporting.rule." + rule.name()));
		}
		for (Table2.Field field : Table2.Field.values()) {
			assertThat(chinese).containsKey("reporting.label." + field.property());
		}
		for (Section section : Section.values()) {
			assertThat(chinese.getProperty("reporting.label." + section.name())).isEqualTo(section.heading());
		}
	}

	private static Properties load(String path) throws IOException {
		Properties properties = new Properties();
		try (var reader = new InputStreamReader(
				Objects.requireNonNull(ReportingMessagesTests.class.getClassLoader().getResourceAsStream(path)),
				StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}
