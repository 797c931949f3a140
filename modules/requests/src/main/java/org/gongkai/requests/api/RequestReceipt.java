package org.gongkai.requests.api;

import java.time.LocalDate;

/**
 * What the applicant is given once the application is stored: the tracking code (查询码),
 * the receipt date and the reply deadline.
 *
 * @param provisional the deadline falls in a year whose holiday schedule is not yet
 * published
 */
public record RequestReceipt(String trackingCode, LocalDate receivedOn, LocalDate deadline, boolean provisional) {
}
