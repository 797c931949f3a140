package org.gongkai.reporting.web;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.gongkai.reporting.api.ReportFormat;
import org.gongkai.reporting.api.ReportState;
import org.gongkai.reporting.api.ReportStatus;
import org.gongkai.reporting.api.Table2;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The annual report's templates speak only through the bundles: every key they use is in
 * both languages, and no words are written into the markup.
 */
class ReportTemplatesUnitTests {

	/** {@code #{key}} and {@code #{key(arguments)}}. */
	static final Pattern KEY = Pattern.compile("#\\{([a-zA-Z0-9.-]+)[}(]");

	/** {@code #{'prefix.' + ${value}}}: a key per value of an enum. */
	static final Pattern PREFIX = Pattern.compile("#\\{'([a-zA-Z0-9.-]+\\.)'");

	static final Map<String, List<String>> ENUM_KEYS = Map.of("reporting.state.", names(ReportState.values()),
			"reporting.step.", names(ReportStatus.StepKind.values()), "reporting.format.", names(ReportFormat.values()),
			"reporting.page.severity.", List.of("error", "warning", "note"), "reporting.page.download.",
			List.of("docx", "pdf", "xlsx"), "reporting.page.compare.group.", List.of("table2", "table3", "table4"),
			"reporting.label.", Stream.of(Table2.Field.values()).map(Table2.Field::property).toList());

	/** Punctuation and symbols that join translated words, such as › and 、. */
	static final Pattern JOINERS = Pattern.compile("[\\s\\p{P}\\p{S}]*");

	@Test
	void everyKeyTheTemplatesUseIsInBothLanguages() throws IOException {
		Properties chinese = bundle("reporting");
		Properties english = bundle("reporting_en");
		Set<String> used = new TreeSet<>();
		for (String template : templates()) {
			Matcher key = KEY.matcher(template);
			while (key.find()) {
				used.add(key.group(1));
			}
			Matcher prefix = PREFIX.matcher(template);
			while (prefix.find()) {
				assertThat(ENUM_KEYS).containsKey(prefix.group(1));
				ENUM_KEYS.get(prefix.group(1)).forEach(name -> used.add(prefix.group(1) + name));
			}
		}

		assertThat(used).hasSizeGreaterThan(60);
		assertThat(chinese.stringPropertyNames())
			.containsAll(used.stream().filter(k -> k.startsWith("reporting.")).toList());
		assertThat(english.stringPropertyNames())
			.containsAll(used.stream().filter(k -> k.startsWith("reporting.")).toList());
		assertThat(english.stringPropertyNames()).isEqualTo(chinese.stringPropertyNames());
	}

	@Test
	void noTemplateWritesWordsOfItsOwn() throws IOException {
		List<String> literal = new ArrayList<>();
		for (String template : templates()) {
			for (Element element : Jsoup.parse(template).getAllElements()) {
				boolean replaced = element.attributes()
					.asList()
					.stream()
					.anyMatch(attribute -> Set.of("th:text", "th:utext", "th:replace", "th:insert")
						.contains(attribute.getKey()));
				for (TextNode text : element.textNodes()) {
					if (!replaced && !JOINERS.matcher(text.text()).matches()) {
						literal.add(element.tagName() + ": " + text.text().strip());
					}
				}
			}
		}

		assertThat(literal).isEmpty();
	}

	private static List<String> templates() throws IOException {
		List<String> templates = new ArrayList<>();
		for (Resource resource : new PathMatchingResourcePatternResolver()
			.getResources("classpath:templates/reporting/*.html")) {
			templates.add(resource.getContentAsString(StandardCharsets.UTF_8));
		}
		assertThat(templates).isNotEmpty();
		return templates;
	}

	private static Properties bundle(String name) throws IOException {
		var properties = new Properties();
		try (var in = ReportTemplatesUnitTests.class.getResourceAsStream("/messages/" + name + ".properties")) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

	private static List<String> names(Enum<?>[] values) {
		return Stream.of(values).map(Enum::name).toList();
	}

}
