package org.gongkai.supervision.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One page of open alerts, oldest first, with the counts of every kind (whole selection,
 * not only this page).
 *
 * @param page zero-based
 */
public record AlertPage(LocalDate asOf, int page, int size, long total, Map<AlertKind, Long> counts, List<Alert> rows) {
}
