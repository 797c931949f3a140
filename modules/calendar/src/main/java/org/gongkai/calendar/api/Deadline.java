package org.gongkai.calendar.api;

import java.time.LocalDate;

/**
 * The last day of a period of working days.
 *
 * @param provisional some day counted lies in a year whose schedule is not loaded, so
 * holidays were not known; the date may move when the schedule is loaded
 */
public record Deadline(LocalDate from, int workingDays, LocalDate deadline, boolean provisional) {
}
