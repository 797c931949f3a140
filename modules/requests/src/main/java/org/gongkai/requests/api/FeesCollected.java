package org.gongkai.requests.api;

import java.math.BigDecimal;

/**
 * The processing fees actually paid in a year, by payment date, as the annual report's
 * section 六、其他需要报告的事项 states them (number of cases and amount). Waived and lapsed notices
 * collected nothing and are not counted.
 *
 * @param notices how many notices were paid
 * @param amount their total in 元, scale 2
 */
public record FeesCollected(int year, int notices, BigDecimal amount) {

	/** The amount in 万元 (the report's money unit), exact: 1 元 = 0.0001 万元. */
	public BigDecimal tenThousandYuan() {
		return this.amount.movePointLeft(4);
	}

}
