package org.gongkai.calendar.api;

/**
 * A year's holiday schedule was loaded or changed: deadlines in that year may have moved.
 */
public record ScheduleChanged(int year, String actor) {
}
