package org.gongkai.disclosure.api;

/**
 * Publications of a year against the 20-working-day rule (regulation art. 26): items
 * whose publication date falls in the year, published on or before their due date, or
 * after it.
 */
public record Timeliness(int year, long onTime, long late) {

	public long published() {
		return onTime + late;
	}

	/** Percentage on time, one decimal; 100 when nothing was published. */
	public double onTimeRate() {
		return (published() == 0) ? 100.0 : Math.round(onTime * 1000.0 / published()) / 10.0;
	}

}
