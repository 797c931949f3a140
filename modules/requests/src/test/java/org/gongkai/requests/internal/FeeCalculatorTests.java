package org.gongkai.requests.internal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.assertj.core.groups.Tuple;
import org.gongkai.requests.api.Fee;
import org.gongkai.requests.api.Fee.Band;
import org.gongkai.requests.api.FeeMethod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Domain reference §3: every threshold of both methods, the worked examples, and the
 * monthly count per applicant. Expected amounts are worked out by hand, not by the
 * formula under test.
 */
class FeeCalculatorTests {

	private final FeeCalculator fees = new FeeCalculator();

	@ParameterizedTest(name = "request {0} of the month costs {1} 元")
	@CsvSource({ "1, 0", "10, 0", "11, 100", "30, 100", "31, 200", "40, 200", "41, 300", "50, 300", "51, 400",
			"60, 400", "61, 500", "100, 800", "101, 900" })
	void pricesTheNthRequestOfTheMonthByItsBand(int n, String expected) {
		Fee fee = fees.perRequest(n);

		assertThat(fee.method()).isEqualTo(FeeMethod.PER_REQUEST);
		assertThat(fee.amount()).isEqualTo(yuan(expected));
		assertThat(fee.bands()).containsExactly(new Band(n, n, 1, yuan(expected), yuan(expected)));
		assertThat(fee.free()).isEqualTo(n <= 10);
	}

	@ParameterizedTest(name = "{0} requests in a month cost {1} 元")
	@CsvSource({ "0, 0", "1, 0", "10, 0", "11, 100", "30, 2000", "31, 2200", "35, 3000", "40, 4000", "41, 4300",
			"50, 7000", "51, 7400", "60, 11000", "61, 11500" })
	void totalsAMonthProgressively(int requests, String expected) {
		Fee fee = fees.perRequestTotal(requests);

		assertThat(fee.method()).isEqualTo(FeeMethod.PER_REQUEST);
		assertThat(fee.amount()).isEqualTo(yuan(expected));
		assertThat(fee.free()).isEqualTo(requests <= 10);
	}

	@Test
	void thirtyFiveRequestsInMarchCostThreeThousandYuanBandByBand() {
		Fee fee = fees.perRequestTotal(35);

		assertThat(fee.amount()).isEqualTo(yuan("3000"));
		assertThat(fee.bands()).containsExactly(new Band(1, 10, 10, yuan("0"), yuan("0")),
				new Band(11, 30, 20, yuan("100"), yuan("2000")), new Band(31, 35, 5, yuan("200"), yuan("1000")));
	}

	@Test
	void sixtyOneRequestsOpenABandForEveryTenAfterThirty() {
		Fee fee = fees.perRequestTotal(61);

		assertThat(fee.bands()).extracting(Band::from, Band::to, Band::unitPrice)
			.containsExactly(tuple(1, 10, "0"), tuple(11, 30, "100"), tuple(31, 40, "200"), tuple(41, 50, "300"),
					tuple(51, 60, "400"), tuple(61, 61, "500"));
	}

	@Test
	void aMonthsTotalIsTheSumOfItsRequestsOneByOne() {
		BigDecimal sum = BigDecimal.ZERO;
		for (int n = 1; n <= 200; n++) {
			sum = sum.add(fees.perRequest(n).amount());

			assertThat(fees.perRequestTotal(n).amount()).as("month of %d requests", n).isEqualTo(sum);
		}
	}

	@ParameterizedTest(name = "{0} pages cost {1} 元")
	@CsvSource({ "0, 0", "1, 0", "30, 0", "31, 10", "100, 700", "101, 720", "200, 2700", "201, 2740", "250, 4700",
			"1000, 34700" })
	void pricesPagesProgressively(int pages, String expected) {
		Fee fee = fees.perPage(pages);

		assertThat(fee.method()).isEqualTo(FeeMethod.PER_PAGE);
		assertThat(fee.amount()).isEqualTo(yuan(expected));
		assertThat(fee.free()).isEqualTo(pages <= 30);
		assertThat(fee.bands().stream().mapToInt(Band::count).sum()).isEqualTo(pages);
	}

	@Test
	void twoHundredFiftyPagesCostFourThousandSevenHundredYuanBandByBand() {
		Fee fee = fees.perPage(250);

		assertThat(fee.amount()).isEqualTo(yuan("4700"));
		assertThat(fee.bands()).containsExactly(new Band(1, 30, 30, yuan("0"), yuan("0")),
				new Band(31, 100, 70, yuan("10"), yuan("700")), new Band(101, 200, 100, yuan("20"), yuan("2000")),
				new Band(201, 250, 50, yuan("40"), yuan("2000")));
	}

	@Test
	void noPagesAreFreeWithoutBands() {
		Fee fee = fees.perPage(0);

		assertThat(fee.free()).isTrue();
		assertThat(fee.amount()).isEqualTo(yuan("0"));
		assertThat(fee.bands()).isEmpty();
	}

	@Test
	void freePagesFormOneFreeBand() {
		Fee fee = fees.perPage(30);

		assertThat(fee.bands()).singleElement().satisfies(band -> {
			assertThat(band).isEqualTo(new Band(1, 30, 30, yuan("0"), yuan("0")));
			assertThat(band.free()).isTrue();
		});
	}

	@Test
	void amountsAreYuanWithTwoDecimals() {
		assertThat(fees.perPage(250).amount()).hasToString("4700.00");
		assertThat(fees.perRequest(1).amount()).hasToString("0.00");
		assertThat(fees.perRequestTotal(35).bands()).allSatisfy(band -> {
			assertThat(band.unitPrice().scale()).isEqualTo(2);
			assertThat(band.subtotal().scale()).isEqualTo(2);
		});
	}

	@Test
	void countsTheApplicantsRequestsOfTheSameMonthUpToThisOne() {
		var receipts = List.of(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 20));

		int n = fees.nthRequestOfMonth(receipts, LocalDate.of(2026, 1, 31));

		assertThat(n).isEqualTo(3);
	}

	@Test
	void theFirstRequestOfAMonthIsNumberOne() {
		assertThat(fees.nthRequestOfMonth(List.of(), LocalDate.of(2026, 3, 9))).isEqualTo(1);
	}

	@Test
	void theCountStartsAgainOnTheFirstOfTheMonth() {
		var receipts = List.of(LocalDate.of(2026, 1, 30), LocalDate.of(2026, 1, 31), LocalDate.of(2026, 1, 31));

		assertThat(fees.nthRequestOfMonth(receipts, LocalDate.of(2026, 1, 31))).isEqualTo(4);
		assertThat(fees.nthRequestOfMonth(receipts, LocalDate.of(2026, 2, 1))).isEqualTo(1);
	}

	@Test
	void requestsOfOtherMonthsAreNotAdded() {
		var receipts = new ArrayList<LocalDate>();
		receipts.addAll(Collections.nCopies(12, LocalDate.of(2025, 12, 15)));
		receipts.addAll(Collections.nCopies(12, LocalDate.of(2026, 1, 15)));
		receipts.add(LocalDate.of(2026, 2, 2));

		// the same month of the year before is another natural month too
		assertThat(fees.nthRequestOfMonth(receipts, LocalDate.of(2026, 2, 3))).isEqualTo(2);
		assertThat(fees.nthRequestOfMonth(receipts, LocalDate.of(2026, 12, 1))).isEqualTo(1);
	}

	@Test
	void theLeapDayBelongsToFebruary() {
		var receipts = List.of(LocalDate.of(2028, 2, 1), LocalDate.of(2028, 2, 28));

		assertThat(fees.nthRequestOfMonth(receipts, LocalDate.of(2028, 2, 29))).isEqualTo(3);

		var withLeapDay = List.of(LocalDate.of(2028, 2, 1), LocalDate.of(2028, 2, 28), LocalDate.of(2028, 2, 29));
		assertThat(fees.nthRequestOfMonth(withLeapDay, LocalDate.of(2028, 2, 29))).isEqualTo(4);
		assertThat(fees.nthRequestOfMonth(withLeapDay, LocalDate.of(2028, 3, 1))).isEqualTo(1);
	}

	@Test
	void requestsListedAsEarlierOnTheSameDayComeFirst() {
		var sameDay = LocalDate.of(2026, 3, 2);

		assertThat(fees.nthRequestOfMonth(List.of(sameDay, sameDay), sameDay)).isEqualTo(3);
	}

	@Test
	void requestsReceivedOnALaterDayAreNotCountedAsEarlier() {
		var receipts = List.of(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 10));

		assertThat(fees.nthRequestOfMonth(receipts, LocalDate.of(2026, 3, 5))).isEqualTo(2);
	}

	@Test
	void theEleventhRequestOfAMonthIsTheFirstToCost() {
		var tenInJanuary = Collections.nCopies(10, LocalDate.of(2026, 1, 12));

		Fee eleventh = fees.perRequest(fees.nthRequestOfMonth(tenInJanuary, LocalDate.of(2026, 1, 31)));
		Fee firstOfFebruary = fees.perRequest(fees.nthRequestOfMonth(tenInJanuary, LocalDate.of(2026, 2, 1)));

		assertThat(eleventh.amount()).isEqualTo(yuan("100"));
		assertThat(firstOfFebruary.free()).isTrue();
	}

	@ParameterizedTest(name = "request number {0}")
	@ValueSource(ints = { 0, -1, Integer.MIN_VALUE })
	void refusesARequestNumberBelowOne(int n) {
		assertThatIllegalArgumentException().isThrownBy(() -> fees.perRequest(n))
			.withMessageContaining("must be 1 or more")
			.withMessageEndingWith("was " + n);
	}

	@ParameterizedTest(name = "{0} requests")
	@ValueSource(ints = { -1, Integer.MIN_VALUE })
	void refusesANegativeNumberOfRequestsInAMonth(int requests) {
		assertThatIllegalArgumentException().isThrownBy(() -> fees.perRequestTotal(requests))
			.withMessage("The number of requests in a month must be 0 or more, but was " + requests);
	}

	@ParameterizedTest(name = "{0} pages")
	@ValueSource(ints = { -1, Integer.MIN_VALUE })
	void refusesANegativeNumberOfPages(int pages) {
		assertThatIllegalArgumentException().isThrownBy(() -> fees.perPage(pages))
			.withMessage("The number of pages must be 0 or more, but was " + pages);
	}

	@Test
	void hugeCountsDoNotOverflow() {
		assertThat(fees.perRequest(Integer.MAX_VALUE).amount())
			.isEqualTo(yuan("100").multiply(BigDecimal.valueOf((Integer.MAX_VALUE - 30L + 9) / 10 + 1)));
		assertThat(fees.perPage(Integer.MAX_VALUE).amount())
			.isEqualTo(yuan("2700").add(yuan("40").multiply(BigDecimal.valueOf(Integer.MAX_VALUE - 200L))));
	}

	@Test
	void aFeeMustAgreeWithItsBands() {
		var band = new Band(31, 35, 5, yuan("200"), yuan("1000"));

		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Fee(FeeMethod.PER_REQUEST, yuan("999"), List.of(band)))
			.withMessageContaining("sum of the bands");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Fee(FeeMethod.PER_PAGE, new BigDecimal("0.001"), List.of()))
			.withMessageContaining("two decimals");
		assertThatIllegalArgumentException().isThrownBy(() -> new Band(31, 35, 4, yuan("200"), yuan("800")))
			.withMessageContaining("counts 5 units");
		assertThatIllegalArgumentException().isThrownBy(() -> new Band(31, 35, 5, yuan("200"), yuan("900")))
			.withMessageContaining("must be 5 × 200.00");
	}

	@Test
	void aFeeKeepsTwoDecimalsWhateverItIsGiven() {
		var fee = new Fee(FeeMethod.PER_PAGE, new BigDecimal("10"),
				List.of(new Band(1, 30, 30, BigDecimal.ZERO, BigDecimal.ZERO),
						new Band(31, 31, 1, new BigDecimal("10.0"), BigDecimal.TEN)));

		assertThat(fee).isEqualTo(fees.perPage(31));
		assertThat(fee.amount()).hasToString("10.00");
	}

	@Test
	void feeNoticeMessagesExistInBothLanguagesForBothMethods() throws IOException {
		Set<String> chinese = keys("messages/requests.properties");
		Set<String> english = keys("messages/requests_en.properties");

		assertThat(english).isEqualTo(chinese);
		assertThat(chinese).allMatch(key -> key.startsWith("requests."));
		for (FeeMethod method : FeeMethod.values()) {
			assertThat(chinese).contains("requests.fee.method." + method, "requests.fee.band." + method,
					"requests.fee.band." + method + ".free", "requests.fee.standard." + method + ".1");
		}
		assertThat(chinese).contains("requests.fee.basis", "requests.fee.amount", "requests.fee.free");
	}

	@Test
	void aFeeNoticeStatesEachBandOfTheWorkedExample() {
		var messages = new ReloadableResourceBundleMessageSource();
		messages.setBasename("classpath:messages/requests");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		Fee fee = fees.perPage(250);

		List<String> chinese = fee.bands()
			.stream()
			.map(band -> line(messages, fee, band, Locale.SIMPLIFIED_CHINESE))
			.toList();
		List<String> english = fee.bands().stream().map(band -> line(messages, fee, band, Locale.ENGLISH)).toList();

		assertThat(chinese).containsExactly("第1页至第30页，共30页，免费", "第31页至第100页，共70页，每页10.00元，小计700.00元",
				"第101页至第200页，共100页，每页20.00元，小计2,000.00元", "第201页至第250页，共50页，每页40.00元，小计2,000.00元");
		assertThat(english).endsWith("Pages 201 to 250: 50 at 40.00 yuan, subtotal 2,000.00 yuan");
		assertThat(messages.getMessage("requests.fee.amount", new Object[] { fee.amount() }, Locale.SIMPLIFIED_CHINESE))
			.isEqualTo("应缴纳信息处理费4,700.00元。");
		assertThat(messages.getMessage("requests.fee.basis", null, Locale.SIMPLIFIED_CHINESE))
			.isEqualTo("《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）");
	}

	private static String line(ReloadableResourceBundleMessageSource messages, Fee fee, Band band, Locale locale) {
		String key = "requests.fee.band." + fee.method() + (band.free() ? ".free" : "");
		return messages.getMessage(key,
				new Object[] { band.from(), band.to(), band.count(), band.unitPrice(), band.subtotal() }, locale);
	}

	private static Set<String> keys(String path) throws IOException {
		var properties = new Properties();
		try (var reader = new InputStreamReader(new ClassPathResource(path).getInputStream(), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return new TreeSet<>(properties.stringPropertyNames());
	}

	private static Tuple tuple(int from, int to, String unitPrice) {
		return Tuple.tuple(from, to, yuan(unitPrice));
	}

	private static BigDecimal yuan(String amount) {
		return new BigDecimal(amount).setScale(2);
	}

}
