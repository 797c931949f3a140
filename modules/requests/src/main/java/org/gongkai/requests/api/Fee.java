package org.gongkai.requests.api;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * 信息处理费: a processing fee with the bands it was computed from, so that a 收费通知 (fee
 * notice) can state its basis and standard as well as the amount.
 * <p>
 * Money is in 元 as a {@link BigDecimal} of scale 2: the fee notice and the annual report
 * state 元 (the report in 万元, a decimal shift away), the statutory prices are whole 元, and
 * a fixed scale keeps {@code equals} meaningful ({@code 100} and {@code 100.00} are
 * different {@code BigDecimal}s). Amounts with more than two decimals are refused rather
 * than rounded, because every price in the measures is a whole number of 元.
 *
 * @param method the one method used for this request
 * @param amount the amount to pay, in 元, scale 2; zero when the request is free
 * @param bands the units that were counted, lowest first, one entry per price band
 * touched; empty only when nothing was counted (0 pages)
 */
public record Fee(FeeMethod method, BigDecimal amount, List<Band> bands) {

	public Fee {
		amount = yuan(amount, "amount");
		bands = List.copyOf(bands);
		BigDecimal total = bands.stream().map(Band::subtotal).reduce(BigDecimal.ZERO, BigDecimal::add);
		if (total.compareTo(amount) != 0) {
			throw new IllegalArgumentException(
					"The amount " + amount + " must equal the sum of the bands' subtotals, " + total);
		}
	}

	/** Whether nothing is to be paid, so no fee notice is sent. */
	public boolean free() {
		return this.amount.signum() == 0;
	}

	/**
	 * One line of the breakdown: the units numbered {@code from} to {@code to} (requests
	 * of the month for {@link FeeMethod#PER_REQUEST}, pages of the request for
	 * {@link FeeMethod#PER_PAGE}) all fall in one price band and cost {@code unitPrice}
	 * each. {@code from} and {@code to} are the units actually counted, not the band's
	 * limits: the 250th page is the last line's {@code to}, although that band has no
	 * upper limit.
	 *
	 * @param from the first unit counted in this band, 1 or more
	 * @param to the last unit counted in this band, inclusive
	 * @param count how many units, {@code to - from + 1}
	 * @param unitPrice 元 per unit, scale 2; zero in the free band
	 * @param subtotal {@code count × unitPrice} in 元, scale 2
	 */
	public record Band(int from, int to, int count, BigDecimal unitPrice, BigDecimal subtotal) {

		public Band {
			if (from < 1 || to < from) {
				throw new IllegalArgumentException(
						"A band runs from unit 1 or later to a unit no earlier than its first, but was " + from + " to "
								+ to);
			}
			if ((long) to - from + 1 != count) {
				throw new IllegalArgumentException("A band from " + from + " to " + to + " counts "
						+ ((long) to - from + 1) + " units, not " + count);
			}
			unitPrice = yuan(unitPrice, "unitPrice");
			subtotal = yuan(subtotal, "subtotal");
			if (unitPrice.multiply(BigDecimal.valueOf(count)).compareTo(subtotal) != 0) {
				throw new IllegalArgumentException(
						"The subtotal " + subtotal + " must be " + count + " × " + unitPrice + " 元");
			}
		}

		/** Whether the units of this band cost nothing (the statutory free allowance). */
		public boolean free() {
			return this.unitPrice.signum() == 0;
		}

	}

	private static BigDecimal yuan(BigDecimal value, String name) {
		if (value.signum() < 0) {
			throw new IllegalArgumentException("The " + name + " must not be negative, but was " + value);
		}
		try {
			return value.setScale(2, RoundingMode.UNNECESSARY);
		}
		catch (ArithmeticException ex) {
			throw new IllegalArgumentException("The " + name + " must be whole 分 (two decimals), but was " + value, ex);
		}
	}

}
