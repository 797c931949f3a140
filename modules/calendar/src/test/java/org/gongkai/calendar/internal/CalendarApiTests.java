package org.gongkai.calendar.internal;

import java.time.LocalDate;
import java.util.List;

import org.gongkai.calendar.api.HolidaySchedules;
import org.gongkai.calendar.api.WorkingDayCalendar;
import org.gongkai.calendar.api.YearSchedule;
import org.gongkai.calendar.api.YearSchedule.HolidayPeriod;
import org.gongkai.calendar.api.YearSchedule.MakeUpWorkday;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The public calendar API over the schedules seeded in schema platform. */
@SpringBootTest
@AutoConfigureMockMvc
class CalendarApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	WorkingDayCalendar calendar;

	@Autowired
	HolidaySchedules schedules;

	@Test
	void answersTheDeadlineExactlyAsDocumented() throws Exception {
		mvc.perform(get("/api/v1/calendar/deadline").param("received", "2026-09-18").param("workingDays", "20"))
			.andExpect(status().isOk())
			.andExpect(content().json("""
					{"received":"2026-09-18","workingDays":20,"deadline":"2026-10-22","provisional":false}
					""", org.springframework.test.json.JsonCompareMode.STRICT));
	}

	@Test
	void theSeededSchedulesAreTheOfficialOnes() {
		for (YearSchedule official : List.of(OfficialSchedules.Y2025, OfficialSchedules.Y2026)) {
			YearSchedule seeded = calendar.schedule(official.year()).orElseThrow();
			assertThat(seeded.holidays()).containsExactlyElementsOf(official.holidays());
			assertThat(seeded.makeUpWorkdays()).extracting(MakeUpWorkday::day)
				.containsExactlyElementsOf(official.makeUpWorkdays().stream().map(MakeUpWorkday::day).toList());
		}
	}

	@Test
	void listsAYearsHolidaysAndMakeUpDays() throws Exception {
		mvc.perform(get("/api/v1/calendar/2026"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.loaded").value(true))
			.andExpect(jsonPath("$.workingDays").value(248))
			.andExpect(jsonPath("$.holidays.length()").value(7))
			.andExpect(jsonPath("$.holidays[1].name").value("春节"))
			.andExpect(jsonPath("$.holidays[1].first").value("2026-02-15"))
			.andExpect(jsonPath("$.holidays[1].days").value(9))
			.andExpect(jsonPath("$.makeUpWorkdays[*].day").value(org.hamcrest.Matchers.contains("2026-01-04",
					"2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10")));
		mvc.perform(get("/api/v1/calendar/2031"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.loaded").value(false))
			.andExpect(jsonPath("$.holidays.length()").value(0));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			value = { "received=&workingDays=20            | received    | 缺少参数 received",
					"workingDays=20                      | received    | 缺少参数 received",
					"received=2026-09-18                 | workingDays | 缺少参数 workingDays",
					"received=2026-13-01&workingDays=20  | received    | 不是有效日期",
					"received=18/09/2026&workingDays=20  | received    | 不是有效日期",
					"received=2026-09-18&workingDays=-1  | workingDays | 1 到 365",
					"received=2026-09-18&workingDays=0   | workingDays | 1 到 365",
					"received=2026-09-18&workingDays=366 | workingDays | 1 到 365",
					"received=2026-09-18&workingDays=abc | workingDays | 不是整数",
					"received=1900-01-01&workingDays=5   | received    | 超出支持范围" })
	void badParametersAreProblemsNamingTheParameter(String query, String parameter, String detail) throws Exception {
		mvc.perform(get("/api/v1/calendar/deadline?" + query))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(400))
			.andExpect(jsonPath("$.parameter").value(parameter))
			.andExpect(jsonPath("$.detail").value(containsString(detail)))
			.andExpect(jsonPath("$.detail").value(containsString(parameter)));
	}

	@Test
	void problemsAreInEnglishWhenAskedFor() throws Exception {
		mvc.perform(get("/api/v1/calendar/deadline?received=2026-02-30&workingDays=20").header("Accept-Language",
				"en-US,en;q=0.8"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.title").value("Malformed date"))
			.andExpect(jsonPath("$.detail").value(containsString("YYYY-MM-DD")));
		mvc.perform(get("/api/v1/calendar/deadline?received=2026-02-30&workingDays=20"))
			.andExpect(jsonPath("$.title").value("日期格式错误"));
	}

	@Test
	void aYearWithoutItsScheduleIsProvisionalUntilTheCityLoadsIt() throws Exception {
		mvc.perform(get("/api/v1/calendar/deadline?received=2029-01-29&workingDays=20"))
			.andExpect(jsonPath("$.provisional").value(true))
			.andExpect(jsonPath("$.deadline").value("2029-02-26"));

		// a made-up 2029 schedule (the real one is not announced yet): 02-12..02-18 off,
		// Sunday 02-11 worked
		schedules.replace(new YearSchedule(2029, "测试用安排",
				List.of(new HolidayPeriod("春节", LocalDate.of(2029, 2, 12), LocalDate.of(2029, 2, 18))),
				List.of(new MakeUpWorkday(LocalDate.of(2029, 2, 11), "春节"))), "city-supervisor");

		mvc.perform(get("/api/v1/calendar/deadline?received=2029-01-29&workingDays=20"))
			.andExpect(jsonPath("$.provisional").value(false))
			.andExpect(jsonPath("$.deadline").value("2029-03-02"));
	}

}
