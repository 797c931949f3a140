package org.gongkai.requests.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;

import org.gongkai.requests.api.ClockEvent;
import org.gongkai.requests.api.ClockEvent.ConsultationEnded;
import org.gongkai.requests.api.ClockEvent.ConsultationStarted;
import org.gongkai.requests.api.ClockEvent.Corrected;
import org.gongkai.requests.api.ClockEvent.CorrectionRequested;
import org.gongkai.requests.api.ClockEvent.Extended;
import org.gongkai.requests.api.ClockEvent.FeeNoticeSent;
import org.gongkai.requests.api.ClockEvent.FeePaid;
import org.gongkai.requests.api.ClockEvent.FeeWaived;
import org.gongkai.requests.api.ClockEvent.Received;
import org.gongkai.requests.api.ClockState;
import org.gongkai.requests.api.InvalidClockEventException;
import org.gongkai.requests.api.InvalidClockEventException.Reason;
import org.gongkai.requests.api.Outcome;
import org.gongkai.requests.api.RequestDeadline;
import org.gongkai.requests.api.RequestDeadline.Step;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Expected dates are counted by hand from the State Council schedules (domain reference
 * §4.2, §4.3); each comment lists the working days counted. "WD" is a working day; the
 * trigger day never counts.
 */
class DeadlineEngineTests {

	private final OfficialCalendar calendar = new OfficialCalendar();

	private final DeadlineEngine engine = new DeadlineEngine(this.calendar, DeadlineSettings.defaults());

	@Test
	void theTestCalendarHasTheAnnounced248WorkingDaysEachYear() {
		assertThat(this.calendar.workingDaysIn(2025)).isEqualTo(248);
		assertThat(this.calendar.workingDaysIn(2026)).isEqualTo(248);
	}

	/** Domain reference §4.4, the 20-working-day rows. */
	@ParameterizedTest(name = "received {0}, due {1}")
	@CsvSource({
			// 01-21..24, 01-26 (Sun, make-up), 01-27, 02-05..07, 02-08 (Sat, make-up),
			// 02-10..14, 02-17..21: the 20th is 02-21
			"2025-01-20, 2025-02-21",
			// 09-25, 26, 28 (Sun, make-up), 29, 30; 10-01..08 off; 10-09, 10, 11 (Sat,
			// make-up), 13..17, 20..24, 27, 28: the 20th is 10-28
			"2025-09-24, 2025-10-28",
			// 01-01..03 off, 01-04 (Sun, make-up), 05..09, 12..16, 19..23, 26..29: the
			// 20th
			// is 01-29
			"2025-12-31, 2026-01-29",
			// 02-11..13, 14 (Sat, make-up); 15..23 off; 24..27, 28 (Sat, make-up),
			// 03-02..06,
			// 09..13, 16: the 20th is 03-16
			"2026-02-10, 2026-03-16",
			// 09-20 (Sun, make-up), 21..24; 25..27 off; 28..30; 10-01..07 off; 08, 09, 10
			// (Sat,
			// make-up), 12..16, 19..22: the 20th is 10-22
			"2026-09-18, 2026-10-22" })
	void countsTwentyWorkingDaysFromTheDayAfterReceipt(LocalDate receivedOn, LocalDate dueOn) {
		var deadline = this.engine.compute(List.of(new Received(receivedOn)), receivedOn);

		assertThat(deadline.dueOn()).isEqualTo(dueOn);
		assertThat(deadline.state()).isEqualTo(ClockState.RUNNING);
		assertThat(deadline.workingDaysAllowed()).isEqualTo(20);
		assertThat(deadline.workingDaysUsed()).isZero();
		assertThat(deadline.workingDaysRemaining()).isEqualTo(20);
		assertThat(deadline.provisional()).isFalse();
		assertThat(deadline.explanation()).extracting(Step::code)
			.containsExactly("requests.deadline.received", "requests.deadline.due");
		assertThat(deadline.explanation().get(0).arguments()).containsExactly(receivedOn, dueOn);
	}

	@Test
	void extendsFromTheDeadlineByTheWorkingDaysGranted() {
		// §4.4: 2025-02-21 + 20 WD = 02-24..28, 03-03..07, 10..14, 17..21 → 03-21.
		var events = List.<ClockEvent>of(new Received(date("2025-01-20")),
				new Extended(date("2025-02-20"), 20, "需调取档案", "办公室主任"));

		var deadline = this.engine.compute(events, date("2025-02-20"));

		assertThat(deadline.dueOn()).isEqualTo(date("2025-03-21"));
		assertThat(deadline.workingDaysAllowed()).isEqualTo(40);
		assertThat(deadline.explanation()).contains(
				new Step("requests.deadline.extended", 20, "需调取档案", date("2025-03-21"), "办公室主任", date("2025-02-20")));
	}

	@Test
	void extendsAcrossTheNationalDayOf2026() {
		// Due 2026-10-22 (§4.4); + 5 WD = 10-23, 26, 27, 28, 29 → 10-29.
		var events = List.<ClockEvent>of(new Received(date("2026-09-18")),
				new Extended(date("2026-10-22"), 5, "涉及多个科室", "办公室主任"));

		assertThat(this.engine.compute(events, date("2026-10-22")).dueOn()).isEqualTo(date("2026-10-29"));
	}

	@Test
	void countsUsedAndRemainingWorkingDaysAsOfTheGivenDay() {
		// Received 2025-01-20: by 02-05 the WD 01-21..24, 01-26 (make-up), 01-27 and
		// 02-05
		// are used = 7, so 13 remain.
		var deadline = this.engine.compute(List.of(new Received(date("2025-01-20"))), date("2025-02-05"));

		assertThat(deadline.workingDaysUsed()).isEqualTo(7);
		assertThat(deadline.workingDaysRemaining()).isEqualTo(13);
		assertThat(deadline.overdue()).isFalse();
	}

	@Test
	void saysWhenTheDeadlineHasPassed() {
		// Due 2025-02-21; 02-24 is the 21st WD after receipt.
		var deadline = this.engine.compute(List.of(new Received(date("2025-01-20"))), date("2025-02-24"));

		assertThat(deadline.overdue()).isTrue();
		assertThat(deadline.workingDaysUsed()).isEqualTo(21);
		assertThat(deadline.workingDaysRemaining()).isZero();
		assertThat(deadline.explanation()).last()
			.isEqualTo(new Step("requests.deadline.overdue", date("2025-02-24"), date("2025-02-21")));
	}

	@Test
	void restartsTwentyWorkingDaysFromTheCorrectedRequestAcrossSpringFestival2025() {
		// Received 2025-01-20; the 7th WD is 02-05 (§4.4: 01-21..24, 01-26, 01-27,
		// 02-05), so
		// a notice that day is in time. 6 WD were used before it (01-21..24, 26, 27) and
		// are
		// dropped. Corrected 02-12: 02-13, 14, 17..21, 24..28, 03-03..07, 10, 11, 12 →
		// 03-12.
		var notice = new CorrectionRequested(date("2025-02-05"), date("2025-02-14"));
		var events = List.<ClockEvent>of(new Received(date("2025-01-20")), notice, new Corrected(date("2025-02-12")));

		var waiting = this.engine.compute(events.subList(0, 2), date("2025-02-10"));
		var corrected = this.engine.compute(events, date("2025-02-12"));

		assertThat(waiting.state()).isEqualTo(ClockState.STOPPED_FOR_CORRECTION);
		assertThat(waiting.dueOn()).isNull();
		assertThat(waiting.correctionDueOn()).isEqualTo(date("2025-02-14"));
		assertThat(waiting.workingDaysUsed()).isEqualTo(6);
		assertThat(waiting.workingDaysRemaining()).isEqualTo(20);
		assertThat(waiting.lapsed()).isFalse();
		assertThat(corrected.state()).isEqualTo(ClockState.RUNNING);
		assertThat(corrected.dueOn()).isEqualTo(date("2025-03-12"));
		assertThat(corrected.correctionDueOn()).isNull();
		assertThat(corrected.workingDaysUsed()).isZero();
		assertThat(corrected.explanation()).extracting(Step::code)
			.containsExactly("requests.deadline.received", "requests.deadline.correction-requested",
					"requests.deadline.corrected", "requests.deadline.due");
		assertThat(corrected.explanation().get(1).arguments()).containsExactly(date("2025-02-05"), date("2025-02-05"),
				date("2025-02-14"));
		assertThat(corrected.explanation().get(2).arguments()).containsExactly(date("2025-02-12"), 6,
				date("2025-03-12"));
	}

	@Test
	void refusesACorrectionNoticeAfterSevenWorkingDays() {
		// 2025-02-06 is the 8th WD after 2025-01-20 (the 7th is 02-05).
		var events = List.<ClockEvent>of(new Received(date("2025-01-20")),
				new CorrectionRequested(date("2025-02-06"), date("2025-02-20")));

		assertThatThrownBy(() -> this.engine.compute(events, date("2025-02-06")))
			.isInstanceOfSatisfying(InvalidClockEventException.class, ex -> {
				assertThat(ex.reason()).isEqualTo(Reason.CORRECTION_TOO_LATE);
				assertThat(ex.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
				assertThat(ex.getDetailMessageCode()).isEqualTo("requests.deadline.problem.correction-too-late");
				assertThat(ex.getDetailMessageArguments()).containsExactly(date("2025-02-06"), date("2025-02-05"),
						date("2025-01-20"));
			});
	}

	@Test
	void refusesASecondCorrectionNotice() {
		// The first notice is answered, so only the "once" rule can refuse the second
		// one.
		var events = List.<ClockEvent>of(new Received(date("2026-03-02")),
				new CorrectionRequested(date("2026-03-03"), date("2026-03-10")), new Corrected(date("2026-03-05")),
				new CorrectionRequested(date("2026-03-06"), date("2026-03-13")));

		assertThatThrownBy(() -> this.engine.compute(events, date("2026-03-06"))).isInstanceOfSatisfying(
				InvalidClockEventException.class, ex -> assertThat(ex.reason()).isEqualTo(Reason.SECOND_CORRECTION));
	}

	@Test
	void lapsesTheDayAfterTheCorrectionPeriodAcrossSpringFestival2026() {
		// Received 2026-02-10; notice 02-12 (2nd WD), correct by 02-26. Nothing came: the
		// request is deemed abandoned from 02-27. 02-26 itself is still in time.
		var events = List.<ClockEvent>of(new Received(date("2026-02-10")),
				new CorrectionRequested(date("2026-02-12"), date("2026-02-26")));

		var lastDay = this.engine.compute(events, date("2026-02-26"));
		var lapsed = this.engine.compute(events, date("2026-02-27"));

		assertThat(lastDay.lapsed()).isFalse();
		assertThat(lapsed.lapsedAs()).isEqualTo(Outcome.OTHER_NO_CORRECTION);
		assertThat(lapsed.lapsedOn()).isEqualTo(date("2026-02-27"));
		assertThat(lapsed.dueOn()).isNull();
		assertThat(lapsed.state()).isEqualTo(ClockState.STOPPED_FOR_CORRECTION);
		assertThat(lapsed.explanation()).last()
			.isEqualTo(new Step("requests.deadline.correction-lapsed", date("2026-02-26"), date("2026-02-27")));
	}

	@Test
	void refusesACorrectionThatArrivesAfterTheRequestLapsed() {
		var events = List.<ClockEvent>of(new Received(date("2026-02-10")),
				new CorrectionRequested(date("2026-02-12"), date("2026-02-26")), new Corrected(date("2026-02-27")));

		assertThatThrownBy(() -> this.engine.compute(events, date("2026-03-02"))).isInstanceOfSatisfying(
				InvalidClockEventException.class, ex -> assertThat(ex.reason()).isEqualTo(Reason.LAPSED));
	}

	@Test
	void excludesAConsultationAcrossNationalDay2025() {
		// Received 2025-09-15 (Mon). Used before the pause: 09-16..19, 22..25 = 8 WD.
		// Paused 09-26 (Fri) to 10-10 (Fri), both ends included: 09-26, 09-28 (Sun,
		// make-up), 29, 30, (10-01..08 off), 10-09, 10-10 = 6 WD. Without the pause the
		// deadline is 10-17 (WD 9..20: 09-26, 28, 29, 30, 10-09, 10, 11 (Sat, make-up),
		// 13..17); moved by 6 WD: 10-20..24, 27 → 10-27. Directly: resuming 10-11
		// (make-up,
		// WD 9), 13..17 (14), 20..24 (19), 27 (20).
		var events = List.<ClockEvent>of(new Received(date("2025-09-15")),
				new ConsultationStarted(date("2025-09-26"), "第三方：某建筑公司"), new ConsultationEnded(date("2025-10-10")));

		var before = this.engine.compute(events.subList(0, 1), date("2025-09-15"));
		var during = this.engine.compute(events.subList(0, 2), date("2025-10-01"));
		var after = this.engine.compute(events, date("2025-10-13"));

		assertThat(before.dueOn()).isEqualTo(date("2025-10-17"));
		assertThat(during.state()).isEqualTo(ClockState.PAUSED_FOR_CONSULTATION);
		assertThat(during.dueOn()).isNull();
		assertThat(during.workingDaysUsed()).isEqualTo(8);
		assertThat(during.workingDaysRemaining()).isEqualTo(12);
		assertThat(during.explanation()).last()
			.isEqualTo(new Step("requests.deadline.consultation-ongoing", date("2025-09-26"), "第三方：某建筑公司", 12));
		assertThat(after.state()).isEqualTo(ClockState.RUNNING);
		assertThat(after.dueOn()).isEqualTo(date("2025-10-27"));
		// 10-11 (make-up) and 10-13 counted since resuming: 8 + 2.
		assertThat(after.workingDaysUsed()).isEqualTo(10);
		assertThat(after.explanation()).contains(new Step("requests.deadline.paused", date("2025-09-26"),
				date("2025-10-10"), 6, date("2025-10-27"), "第三方：某建筑公司"));
	}

	@Test
	void aConsultationStartedOnTheReceiptDayGainsNothingForThatDay() {
		// Received and consultation started 2025-03-10 (Mon), ended 03-12 (Wed): 03-10
		// never
		// counts anyway, so the pause excludes 03-11 and 03-12 = 2 WD. Without it due
		// 04-08
		// (03-11..14, 17..21, 24..28 = 14, 03-31, 04-01..03 = 18, (清明 04-04..06 off),
		// 04-07,
		// 08 = 20); + 2 WD = 04-09, 10 → 04-10.
		var events = List.<ClockEvent>of(new Received(date("2025-03-10")),
				new ConsultationStarted(date("2025-03-10"), "县教育局"), new ConsultationEnded(date("2025-03-12")));

		var deadline = this.engine.compute(events, date("2025-03-12"));

		assertThat(deadline.dueOn()).isEqualTo(date("2025-04-10"));
		assertThat(deadline.explanation()).contains(new Step("requests.deadline.paused", date("2025-03-10"),
				date("2025-03-12"), 2, date("2025-04-10"), "县教育局"));
	}

	@Test
	void extendsAfterAConsultation() {
		// As above the deadline is 2025-10-27 after the consultation; + 10 WD:
		// 10-28..31, 11-03..07, 11-10 → 11-10.
		var events = List.<ClockEvent>of(new Received(date("2025-09-15")),
				new ConsultationStarted(date("2025-09-26"), "县自然资源局"), new ConsultationEnded(date("2025-10-10")),
				new Extended(date("2025-10-27"), 10, "涉及第三方意见需综合研判", "政务公开办主任"));

		var deadline = this.engine.compute(events, date("2025-10-27"));

		assertThat(deadline.dueOn()).isEqualTo(date("2025-11-10"));
		assertThat(deadline.workingDaysAllowed()).isEqualTo(30);
		assertThat(deadline.explanation()).extracting(Step::code)
			.containsExactly("requests.deadline.received", "requests.deadline.paused", "requests.deadline.extended",
					"requests.deadline.due");
	}

	@Test
	void excludesTheFeeNoticeUntilPaymentAcrossSpringFestival2026() {
		// Received 2026-02-02 (Mon); without a pause due 03-06 (02-03..06, 09..13, 14
		// (Sat,
		// make-up), 24..27, 28 (Sat, make-up), 03-02..06). Notice 02-11: used before it
		// 02-03..06, 09, 10 = 6 WD. Pay by the 20th WD after 02-11: 02-12, 13, 14,
		// 24..27,
		// 28, 03-02..06, 09..13, 16, 17 → 03-17. Paid 02-25: paused 02-11, 12, 13, 14,
		// (15..23 off), 24, 25 = 6 WD, so due 03-06 + 6 WD = 03-09..13, 16 → 03-16.
		var events = List.<ClockEvent>of(new Received(date("2026-02-02")), new FeeNoticeSent(date("2026-02-11")),
				new FeePaid(date("2026-02-25")));

		var waiting = this.engine.compute(events.subList(0, 2), date("2026-02-24"));
		var paid = this.engine.compute(events, date("2026-02-25"));

		assertThat(waiting.state()).isEqualTo(ClockState.PAUSED_FOR_FEE);
		assertThat(waiting.dueOn()).isNull();
		assertThat(waiting.feeDueOn()).isEqualTo(date("2026-03-17"));
		assertThat(waiting.workingDaysUsed()).isEqualTo(6);
		assertThat(waiting.workingDaysRemaining()).isEqualTo(14);
		assertThat(paid.state()).isEqualTo(ClockState.RUNNING);
		assertThat(paid.dueOn()).isEqualTo(date("2026-03-16"));
		assertThat(paid.feeDueOn()).isNull();
		assertThat(paid.explanation()).contains(
				new Step("requests.deadline.fee-notice", date("2026-02-11"), date("2026-03-17")),
				new Step("requests.deadline.fee-paid", date("2026-02-25"), date("2026-02-11"), 6, date("2026-03-16")));
	}

	@Test
	void excludesTheFeeNoticeUntilTheFeeIsWaived() {
		// As the payment above, waived on the same day.
		var events = List.<ClockEvent>of(new Received(date("2026-02-02")), new FeeNoticeSent(date("2026-02-11")),
				new FeeWaived(date("2026-02-25")));

		var deadline = this.engine.compute(events, date("2026-02-25"));

		assertThat(deadline.dueOn()).isEqualTo(date("2026-03-16"));
		assertThat(deadline.explanation()).extracting(Step::code).contains("requests.deadline.fee-waived");
	}

	@Test
	void lapsesWhenTheFeeIsNotPaidWithinTwentyWorkingDays() {
		// Notice 2026-02-11, pay by 03-17 (see above): abandoned from 03-18.
		var events = List.<ClockEvent>of(new Received(date("2026-02-02")), new FeeNoticeSent(date("2026-02-11")));

		var lastDay = this.engine.compute(events, date("2026-03-17"));
		var lapsed = this.engine.compute(events, date("2026-03-18"));

		assertThat(lastDay.lapsed()).isFalse();
		assertThat(lastDay.feeDueOn()).isEqualTo(date("2026-03-17"));
		assertThat(lapsed.lapsedAs()).isEqualTo(Outcome.OTHER_FEE_UNPAID);
		assertThat(lapsed.lapsedOn()).isEqualTo(date("2026-03-18"));
		assertThat(lapsed.dueOn()).isNull();
		assertThat(lapsed.explanation()).last()
			.isEqualTo(new Step("requests.deadline.fee-lapsed", date("2026-03-17"), date("2026-03-18")));
		assertThatThrownBy(() -> this.engine
			.compute(List.of(events.get(0), events.get(1), new FeePaid(date("2026-03-18"))), date("2026-03-18")))
			.isInstanceOfSatisfying(InvalidClockEventException.class,
					ex -> assertThat(ex.reason()).isEqualTo(Reason.LAPSED));
	}

	@Test
	void keepsTheClockRunningDuringAFeeNoticeWhenTheSettingSaysSo() {
		// Same events as the payment above: the deadline stays 2026-03-06.
		var running = new DeadlineEngine(this.calendar, new DeadlineSettings(false));
		var events = List.<ClockEvent>of(new Received(date("2026-02-02")), new FeeNoticeSent(date("2026-02-11")),
				new FeePaid(date("2026-02-25")));

		var waiting = running.compute(events.subList(0, 2), date("2026-02-24"));
		var paid = running.compute(events, date("2026-02-25"));

		assertThat(waiting.state()).isEqualTo(ClockState.RUNNING);
		assertThat(waiting.dueOn()).isEqualTo(date("2026-03-06"));
		assertThat(waiting.feeDueOn()).isEqualTo(date("2026-03-17"));
		assertThat(paid.dueOn()).isEqualTo(date("2026-03-06"));
		assertThat(paid.explanation()).extracting(Step::code)
			.contains("requests.deadline.fee-notice-running", "requests.deadline.fee-paid-running");
	}

	@Test
	void aChangedCalendarGivesALaterDateForTheSameEvents() {
		// §4.4: received 2025-09-24, due 10-28. Should 10-20 (Mon) become a day off, the
		// 20th WD moves one working day later, to 10-29.
		var events = List.<ClockEvent>of(new Received(date("2025-09-24")));
		var changed = new DeadlineEngine(this.calendar.withExtraHoliday(date("2025-10-20")),
				DeadlineSettings.defaults());

		assertThat(this.engine.compute(events, date("2025-09-24")).dueOn()).isEqualTo(date("2025-10-28"));
		assertThat(changed.compute(events, date("2025-09-24")).dueOn()).isEqualTo(date("2025-10-29"));
	}

	@Test
	void isProvisionalWhenItCountsDaysOfAYearWithoutASchedule() {
		// Received 2026-12-10: 12-11, 14..18, 21..25, 28..31 = 15 WD; 2027 is not loaded,
		// so
		// 01-01 (Fri) counts as a weekday: 16, then 01-04..07 → 01-07.
		var deadline = this.engine.compute(List.of(new Received(date("2026-12-10"))), date("2026-12-10"));

		assertThat(deadline.dueOn()).isEqualTo(date("2027-01-07"));
		assertThat(deadline.provisional()).isTrue();
		assertThat(deadline.explanation()).last().isEqualTo(new Step("requests.deadline.provisional", "2027"));
	}

	@Test
	void refusesASecondExtensionOneBeyondTwentyAndOneAfterTheDeadline() {
		var received = new Received(date("2025-01-20"));
		var first = new Extended(date("2025-02-10"), 5, "甲", "主任");

		assertThatThrownBy(() -> this.engine
			.compute(List.of(received, first, new Extended(date("2025-02-11"), 5, "乙", "主任")), date("2025-02-11")))
			.isInstanceOfSatisfying(InvalidClockEventException.class,
					ex -> assertThat(ex.reason()).isEqualTo(Reason.SECOND_EXTENSION));
		assertThatThrownBy(() -> this.engine.compute(List.of(received, new Extended(date("2025-02-10"), 21, "甲", "主任")),
				date("2025-02-10")))
			.isInstanceOfSatisfying(InvalidClockEventException.class, ex -> {
				assertThat(ex.reason()).isEqualTo(Reason.EXTENSION_RANGE);
				assertThat(ex.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
			});
		// Due 2025-02-21 (§4.4); the next working day is too late to extend.
		assertThatThrownBy(() -> this.engine.compute(List.of(received, new Extended(date("2025-02-24"), 5, "甲", "主任")),
				date("2025-02-24")))
			.isInstanceOfSatisfying(InvalidClockEventException.class,
					ex -> assertThat(ex.reason()).isEqualTo(Reason.EXTENSION_AFTER_DEADLINE));
	}

	@Test
	void refusesSequencesTheRegulationDoesNotAllow() {
		var received = new Received(date("2025-03-10"));

		assertThat(reason(List.of(received, new ConsultationEnded(date("2025-03-12")))))
			.isEqualTo(Reason.CONSULTATION_NOT_STARTED);
		assertThat(reason(List.of(new ConsultationStarted(date("2025-03-10"), "甲"), received)))
			.isEqualTo(Reason.NO_RECEIPT);
		assertThat(reason(List.of())).isEqualTo(Reason.NO_RECEIPT);
		assertThat(reason(List.of(received, new ConsultationStarted(date("2025-03-07"), "甲"))))
			.isEqualTo(Reason.BEFORE_RECEIPT);
		assertThat(reason(List.of(received, new ConsultationStarted(date("2025-03-12"), "甲"),
				new ConsultationEnded(date("2025-03-11")))))
			.isEqualTo(Reason.OUT_OF_ORDER);
		assertThat(reason(List.of(received, new ConsultationStarted(date("2025-03-20"), "甲"))))
			.isEqualTo(Reason.FUTURE_EVENT);
		assertThat(reason(List.of(received, new Received(date("2025-03-11"))))).isEqualTo(Reason.SECOND_RECEIPT);
		assertThat(reason(List.of(received, new Corrected(date("2025-03-11")))))
			.isEqualTo(Reason.NOT_AWAITING_CORRECTION);
		assertThat(reason(List.of(received, new CorrectionRequested(date("2025-03-11"), date("2025-03-11")))))
			.isEqualTo(Reason.CORRECTION_PERIOD);
		assertThat(reason(List.of(received, new ConsultationStarted(date("2025-03-11"), "甲"),
				new Extended(date("2025-03-12"), 5, "乙", "主任"))))
			.isEqualTo(Reason.CLOCK_PAUSED_FOR_CONSULTATION);
		assertThat(reason(List.of(received, new FeeNoticeSent(date("2025-03-11")),
				new ConsultationStarted(date("2025-03-12"), "甲"))))
			.isEqualTo(Reason.CLOCK_PAUSED_FOR_FEE);
		assertThat(reason(List.of(received, new CorrectionRequested(date("2025-03-11"), date("2025-03-18")),
				new ConsultationStarted(date("2025-03-12"), "甲"))))
			.isEqualTo(Reason.CLOCK_STOPPED_FOR_CORRECTION);
		assertThat(reason(List.of(received, new FeePaid(date("2025-03-11"))))).isEqualTo(Reason.NO_FEE_NOTICE);
		assertThat(reason(List.of(received, new FeeNoticeSent(date("2025-03-11")), new FeePaid(date("2025-03-12")),
				new FeeNoticeSent(date("2025-03-13")))))
			.isEqualTo(Reason.SECOND_FEE_NOTICE);
	}

	@Test
	void everyMessageKeyExistsInBothLanguages() throws IOException {
		var chinese = bundle("messages/requests.properties");
		var english = bundle("messages/requests_en.properties");

		assertThat(chinese.keySet()).isEqualTo(english.keySet());
		for (Reason reason : Reason.values()) {
			String key = "requests.deadline.problem." + reason.code();
			assertThat(chinese).containsKeys(key, key + ".title");
		}
		var codes = List
			.of(this.engine.compute(List.of(new Received(date("2026-12-10"))), date("2027-02-10")),
					this.engine.compute(List.of(new Received(date("2025-09-15")),
							new ConsultationStarted(date("2025-09-26"), "甲"), new ConsultationEnded(date("2025-10-10")),
							new Extended(date("2025-10-27"), 10, "乙", "主任"), new FeeNoticeSent(date("2025-10-28")),
							new FeeWaived(date("2025-10-29")), new ConsultationStarted(date("2025-10-30"), "丙")),
							date("2025-10-31")),
					this.engine.compute(
							List.of(new Received(date("2026-02-02")),
									new CorrectionRequested(date("2026-02-03"), date("2026-02-05")),
									new Corrected(date("2026-02-04")), new FeeNoticeSent(date("2026-02-05"))),
							date("2026-04-01")))
			.stream()
			.flatMap(deadline -> deadline.explanation().stream())
			.map(Step::code)
			.toList();
		assertThat(chinese.keySet()).containsAll(codes);
	}

	private Reason reason(List<ClockEvent> events) {
		try {
			this.engine.compute(events, date("2025-03-14"));
		}
		catch (InvalidClockEventException ex) {
			return ex.reason();
		}
		throw new AssertionError("accepted " + events);
	}

	private static Properties bundle(String name) throws IOException {
		var properties = new Properties();
		try (InputStream in = DeadlineEngineTests.class.getClassLoader().getResourceAsStream(name)) {
			assertThat(in).as(name).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

	private static LocalDate date(String iso) {
		return LocalDate.parse(iso);
	}

}
