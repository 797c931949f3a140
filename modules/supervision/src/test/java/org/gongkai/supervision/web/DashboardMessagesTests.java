package org.gongkai.supervision.web;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Properties;

import org.gongkai.requests.api.Outcome;
import org.gongkai.supervision.api.AlertKind;
import org.gongkai.supervision.api.Indicator;
import org.gongkai.supervision.api.ReportStage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Both languages have every message, and every indicator, report stage, alert kind and
 * outcome group the pages show has its own; every indicator the pages define has a
 * definition.
 */
class DashboardMessagesTests {

	@Test
	void chineseAndEnglishHaveTheSameKeysAndEveryIndicatorIsDefined() throws IOException {
		Properties chinese = load("messages/supervision.properties");
		Properties english = load("messages/supervision_en.properties");

		assertThat(english.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(chinese.stringPropertyNames());
		for (Indicator indicator : Indicator.values()) {
			assertThat(chinese).containsKey(indicator.messageKey());
		}
		for (Indicator indicator : IndicatorText.ALL) {
			assertThat(chinese).containsKey(indicator.messageKey() + ".definition");
		}
		for (ReportStage stage : ReportStage.values()) {
			assertThat(chinese).containsKey("supervision.report-stage." + stage.name());
		}
		for (AlertKind kind : AlertKind.values()) {
			assertThat(chinese).containsKey("supervision.alert-kind." + kind.name());
		}
		for (Outcome.Group group : Outcome.Group.values()) {
			assertThat(chinese).containsKey("supervision.outcome-group." + group.name());
		}
	}

	private static Properties load(String path) throws IOException {
		Properties properties = new Properties();
		try (var reader = new InputStreamReader(
				Objects.requireNonNull(DashboardMessagesTests.class.getClassLoader().getResourceAsStream(path)),
				StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}
