package org.gongkai.calendar.api;

/**
 * Loading and correcting the schedules: the city office enters next year's when the State
 * Council announces it (usually in November). Every change is recorded and published as
 * {@link ScheduleChanged}, so deadlines computed from the old schedule can be re-dated.
 */
public interface HolidaySchedules {

	/**
	 * Replaces the year's schedule as a whole.
	 * @throws InvalidScheduleException when periods overlap, leave the year, or a make-up
	 * day is not a weekend day outside the holidays
	 */
	void replace(YearSchedule schedule, String actor);

}
