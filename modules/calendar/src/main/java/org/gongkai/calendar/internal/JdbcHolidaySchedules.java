package org.gongkai.calendar.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.gongkai.calendar.api.HolidaySchedules;
import org.gongkai.calendar.api.ScheduleChanged;
import org.gongkai.calendar.api.YearSchedule;
import org.gongkai.calendar.api.YearSchedule.HolidayPeriod;
import org.gongkai.calendar.api.YearSchedule.MakeUpWorkday;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tables {@code platform.holiday_schedule}, {@code holiday_period},
 * {@code makeup_workday} and the change log {@code calendar_change}. Uses the platform
 * pool and its transaction manager (bean names from tenancy, see docs/adr/0001): calendar
 * data belongs to no town.
 */
@Service
class JdbcHolidaySchedules implements HolidaySchedules {

	private final JdbcClient platform;

	private final ApplicationEventPublisher events;

	JdbcHolidaySchedules(@Qualifier("platformDataSource") DataSource platform, ApplicationEventPublisher events) {
		this.platform = JdbcClient.create(platform);
		this.events = events;
	}

	@Transactional(transactionManager = "platformTransactionManager", readOnly = true)
	List<YearSchedule> loadAll() {
		Map<Integer, List<HolidayPeriod>> periods = platform
			.sql("SELECT year, name, first_day, last_day FROM platform.holiday_period ORDER BY first_day")
			.query((row, n) -> Map.entry(row.getInt("year"),
					new HolidayPeriod(row.getString("name"), row.getObject("first_day", java.time.LocalDate.class),
							row.getObject("last_day", java.time.LocalDate.class))))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey,
					Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
		Map<Integer, List<MakeUpWorkday>> makeUps = platform
			.sql("SELECT year, day, name FROM platform.makeup_workday ORDER BY day")
			.query((row, n) -> Map.entry(row.getInt("year"),
					new MakeUpWorkday(row.getObject("day", java.time.LocalDate.class), row.getString("name"))))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey,
					Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
		return platform.sql("SELECT year, source FROM platform.holiday_schedule ORDER BY year")
			.query((row, n) -> new YearSchedule(row.getInt("year"), row.getString("source"),
					periods.getOrDefault(row.getInt("year"), List.of()),
					makeUps.getOrDefault(row.getInt("year"), List.of())))
			.list();
	}

	@Override
	@Transactional(transactionManager = "platformTransactionManager")
	public void replace(YearSchedule schedule, String actor) {
		ScheduleRules.check(schedule);
		int year = schedule.year();
		platform.sql("DELETE FROM platform.holiday_schedule WHERE year = :year").param("year", year).update();
		platform.sql("INSERT INTO platform.holiday_schedule (year, source, updated_by) VALUES (:year, :source, :actor)")
			.param("year", year)
			.param("source", schedule.source())
			.param("actor", actor)
			.update();
		for (HolidayPeriod period : schedule.holidays()) {
			platform.sql("""
					INSERT INTO platform.holiday_period (year, name, first_day, last_day)
					VALUES (:year, :name, :first, :last)
					""")
				.param("year", year)
				.param("name", period.name())
				.param("first", period.first())
				.param("last", period.last())
				.update();
		}
		for (MakeUpWorkday makeUp : schedule.makeUpWorkdays()) {
			platform.sql("INSERT INTO platform.makeup_workday (day, year, name) VALUES (:day, :year, :name)")
				.param("day", makeUp.day())
				.param("year", year)
				.param("name", makeUp.name())
				.update();
		}
		platform.sql("""
				INSERT INTO platform.calendar_change (id, year, actor, summary)
				VALUES (:id, :year, :actor, :summary)
				""")
			.param("id", UUID.randomUUID())
			.param("year", year)
			.param("actor", actor)
			.param("summary",
					schedule.holidays().size() + " holiday periods, " + schedule.makeUpWorkdays().size()
							+ " make-up working days, from " + schedule.source())
			.update();
		events.publishEvent(new ScheduleChanged(year, actor));
	}

}
