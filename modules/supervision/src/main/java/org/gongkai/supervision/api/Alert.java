package org.gongkai.supervision.api;

import java.time.LocalDate;

/**
 * One open alert.
 *
 * @param subject what it is about, never personal data: a request's tracking code, an
 * item's 索引号, a report year
 * @param since the day the alert was raised: the alert's day for requests, the 发布日期 for a
 * late publication, the day after the due date for a report
 * @param ageDays calendar days from {@code since} to the alerts' day, 0 on the first day
 */
public record Alert(String town, String townName, AlertKind kind, String subject, LocalDate since, long ageDays) {
}
