package org.gongkai.supervision.internal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.gongkai.supervision.api.Indicator;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Both bundles have the same keys, and every indicator a name and a definition. */
class SupervisionMessagesTests {

	@Test
	void bothBundlesHaveTheSameKeysAndEveryIndicatorIsDefined() throws IOException {
		Properties chinese = load("messages/supervision.properties");
		Properties english = load("messages/supervision_en.properties");

		assertThat(english.stringPropertyNames()).isEqualTo(chinese.stringPropertyNames());
		for (Indicator indicator : Indicator.values()) {
			assertThat(chinese.getProperty(indicator.messageKey())).as(indicator.key()).isNotBlank();
			assertThat(chinese.getProperty(indicator.messageKey() + ".definition")).as(indicator.key()).isNotBlank();
			assertThat(Indicator.byKey(indicator.key())).isEqualTo(indicator);
		}
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (var in = new InputStreamReader(getClassLoader().getResourceAsStream(name), StandardCharsets.UTF_8)) {
			properties.load(in);
		}
		return properties;
	}

	private static ClassLoader getClassLoader() {
		return SupervisionMessagesTests.class.getClassLoader();
	}

}
