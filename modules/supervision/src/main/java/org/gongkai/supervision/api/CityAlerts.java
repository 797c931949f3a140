package org.gongkai.supervision.api;

import org.jspecify.annotations.Nullable;

/**
 * The city's open alerts, from the read model: requests due soon or overdue, recent late
 * publications, annual reports past their due date. The same counts per town and kind are
 * Micrometer gauges {@code gongkai.supervision.alerts} (tags {@code town}, {@code kind}).
 */
public interface CityAlerts {

	/** How long a late publication stays listed, in days after its 发布日期. */
	int LATE_PUBLICATION_DAYS = 30;

	/**
	 * @param town one town's alerts, or every town's when null
	 * @param kind one kind, or every kind when null
	 * @param page zero-based
	 * @param size 1 to 200
	 */
	AlertPage open(@Nullable String town, @Nullable AlertKind kind, int page, int size);

}
