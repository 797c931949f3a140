package org.gongkai.calendar.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.gongkai.calendar.api.Deadline;
import org.gongkai.calendar.api.ScheduleChanged;
import org.gongkai.calendar.api.WorkingDayCalendar;
import org.gongkai.calendar.api.YearSchedule;

import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Answers from memory: the schedules are a few dozen rows, read at start-up and again
 * whenever one changes, so deadline arithmetic never waits on the database.
 */
@Service
class DefaultWorkingDayCalendar implements WorkingDayCalendar {

	private final JdbcHolidaySchedules store;

	private volatile WorkingDays days;

	DefaultWorkingDayCalendar(JdbcHolidaySchedules store) {
		this.store = store;
		this.days = new WorkingDays(store.loadAll());
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void on(ScheduleChanged event) {
		days = new WorkingDays(store.loadAll());
	}

	@Override
	public Deadline deadline(LocalDate from, int workingDays) {
		return days.deadline(from, workingDays);
	}

	@Override
	public boolean isWorkingDay(LocalDate day) {
		return days.isWorkingDay(day);
	}

	@Override
	public Optional<YearSchedule> schedule(int year) {
		return days.schedule(year);
	}

	@Override
	public List<Integer> loadedYears() {
		return days.years();
	}

	@Override
	public long workingDaysIn(int year) {
		return days.workingDaysIn(year);
	}

}
