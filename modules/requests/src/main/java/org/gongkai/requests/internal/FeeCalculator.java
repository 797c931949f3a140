package org.gongkai.requests.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.gongkai.requests.api.Fee;
import org.gongkai.requests.api.Fee.Band;
import org.gongkai.requests.api.FeeMethod;

import org.springframework.stereotype.Component;

/**
 * The arithmetic of 《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）, domain reference §3. Both methods
 * are progressive (超额累进): each unit is priced by the band it falls in, so a total is the
 * sum over bands, never the count times the highest price.
 * <p>
 * It holds no state and reads no clock, so it is as usable with {@code new} as it is as a
 * bean.
 */
@Component
final class FeeCalculator {

	/** 按件计收: the first 10 requests of a month are free, 11–30 cost 100 元 each. */
	private static final int FREE_REQUESTS = 10;

	private static final int FLAT_REQUESTS = 30;

	/** From the 31st request on, every further 10 requests raise the price by 100 元. */
	private static final int REQUEST_BAND_SIZE = 10;

	private static final long REQUEST_PRICE_STEP = 100;

	/** 按量计收: upper limits of the page bands; the last band has none. */
	private static final int FREE_PAGES = 30;

	private static final int TEN_YUAN_PAGES = 100;

	private static final int TWENTY_YUAN_PAGES = 200;

	/**
	 * The fee for one request under 按件计收: the applicant's {@code nthRequestOfMonth}-th
	 * request of the calendar month (see {@link #nthRequestOfMonth}). One band, counting
	 * just this request.
	 * @throws IllegalArgumentException if {@code nthRequestOfMonth} is below 1
	 */
	Fee perRequest(int nthRequestOfMonth) {
		if (nthRequestOfMonth < 1) {
			throw new IllegalArgumentException(
					"The request's position in its month must be 1 or more (the month's first request is 1), but was "
							+ nthRequestOfMonth);
		}
		Band band = band(nthRequestOfMonth, nthRequestOfMonth, requestPrice(nthRequestOfMonth));
		return new Fee(FeeMethod.PER_REQUEST, band.subtotal(), List.of(band));
	}

	/**
	 * What an applicant's {@code requestsInMonth} requests of one calendar month cost
	 * together under 按件计收, band by band: the sum of {@link #perRequest} for 1 to
	 * {@code requestsInMonth}. 35 requests cost 10 × 0 + 20 × 100 + 5 × 200 = 3 000 元. A
	 * month without requests is free and has no bands.
	 * @throws IllegalArgumentException if {@code requestsInMonth} is negative
	 */
	Fee perRequestTotal(int requestsInMonth) {
		if (requestsInMonth < 0) {
			throw new IllegalArgumentException(
					"The number of requests in a month must be 0 or more, but was " + requestsInMonth);
		}
		var bands = new ArrayList<Band>();
		for (int from = 1; from <= requestsInMonth;) {
			int to = Math.min(lastRequestOfBand(from), requestsInMonth);
			bands.add(band(from, to, requestPrice(from)));
			if (to == requestsInMonth) {
				// stops before to + 1 could overflow when the month counts
				// Integer.MAX_VALUE
				break;
			}
			from = to + 1;
		}
		return fee(FeeMethod.PER_REQUEST, bands);
	}

	/**
	 * The fee for one request under 按量计收: pages 1–30 free, 31–100 at 10 元, 101–200 at 20
	 * 元, 201 and above at 40 元 a page. The bands have no "per month", so pages are never
	 * added across requests. 250 pages cost 70 × 10 + 100 × 20 + 50 × 40 = 4 700 元. 0
	 * pages (nothing to copy) is free and has no bands.
	 * @throws IllegalArgumentException if {@code pages} is negative
	 */
	Fee perPage(int pages) {
		if (pages < 0) {
			throw new IllegalArgumentException("The number of pages must be 0 or more, but was " + pages);
		}
		var bands = new ArrayList<Band>();
		addPageBand(bands, 1, FREE_PAGES, 0, pages);
		addPageBand(bands, FREE_PAGES + 1, TEN_YUAN_PAGES, 10, pages);
		addPageBand(bands, TEN_YUAN_PAGES + 1, TWENTY_YUAN_PAGES, 20, pages);
		addPageBand(bands, TWENTY_YUAN_PAGES + 1, Integer.MAX_VALUE, 40, pages);
		return fee(FeeMethod.PER_PAGE, bands);
	}

	/**
	 * The position of a request received on {@code receivedOn} among its applicant's
	 * requests of that calendar month (自然月): 1 for the month's first. Months are counted
	 * separately, so the count starts again on the 1st (31 January and 1 February belong
	 * to different months, as do January of two years).
	 * <p>
	 * {@code sameApplicantReceipts} are the receipt dates of the same applicant's
	 * requests to this town received before this one, in the order they were received,
	 * without this request itself. Tie rule: a request in the list with the same receipt
	 * date as this one counts as earlier, because the caller listed it as received
	 * before; a request received later the same day is not in the list and gets the next
	 * number when its turn comes. Dates after {@code receivedOn} are not counted: by its
	 * receipt date (which for a plain letter can be fixed after registration) such a
	 * request came later.
	 */
	int nthRequestOfMonth(List<LocalDate> sameApplicantReceipts, LocalDate receivedOn) {
		YearMonth month = YearMonth.from(receivedOn);
		int earlier = 0;
		for (LocalDate receipt : sameApplicantReceipts) {
			if (YearMonth.from(receipt).equals(month) && !receipt.isAfter(receivedOn)) {
				earlier++;
			}
		}
		return earlier + 1;
	}

	/**
	 * 100 × (⌈(n − 30) / 10⌉ + 1) from the 31st request; in long, so it cannot overflow.
	 */
	private static long requestPrice(int n) {
		if (n <= FREE_REQUESTS) {
			return 0;
		}
		if (n <= FLAT_REQUESTS) {
			return REQUEST_PRICE_STEP;
		}
		long bandsAboveThirty = ((long) n - FLAT_REQUESTS + REQUEST_BAND_SIZE - 1) / REQUEST_BAND_SIZE;
		return REQUEST_PRICE_STEP * (bandsAboveThirty + 1);
	}

	/** The last request priced like the n-th: 10, 30, then 40, 50, 60, … */
	private static int lastRequestOfBand(int n) {
		if (n <= FREE_REQUESTS) {
			return FREE_REQUESTS;
		}
		if (n <= FLAT_REQUESTS) {
			return FLAT_REQUESTS;
		}
		long bandsAboveThirty = ((long) n - FLAT_REQUESTS + REQUEST_BAND_SIZE - 1) / REQUEST_BAND_SIZE;
		return (int) Math.min(Integer.MAX_VALUE, FLAT_REQUESTS + bandsAboveThirty * REQUEST_BAND_SIZE);
	}

	private static void addPageBand(List<Band> bands, int first, int last, long price, int pages) {
		if (pages >= first) {
			bands.add(band(first, Math.min(last, pages), price));
		}
	}

	private static Band band(int from, int to, long price) {
		int count = to - from + 1;
		BigDecimal unitPrice = BigDecimal.valueOf(price).setScale(2);
		return new Band(from, to, count, unitPrice, unitPrice.multiply(BigDecimal.valueOf(count)));
	}

	private static Fee fee(FeeMethod method, List<Band> bands) {
		BigDecimal amount = bands.stream().map(Band::subtotal).reduce(BigDecimal.ZERO, BigDecimal::add);
		return new Fee(method, amount, bands);
	}

}
