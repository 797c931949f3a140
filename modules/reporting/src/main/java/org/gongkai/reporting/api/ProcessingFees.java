package org.gongkai.reporting.api;

import java.math.BigDecimal;

/**
 * 信息处理费 collected in the year (paid notices, by payment date), for section 六.
 *
 * @param amount in 元, scale 2
 */
public record ProcessingFees(int count, BigDecimal amount) {

	public BigDecimal tenThousandYuan() {
		return this.amount.movePointLeft(4);
	}

}
