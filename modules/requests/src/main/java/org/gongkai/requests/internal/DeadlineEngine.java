package org.gongkai.requests.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.gongkai.calendar.api.WorkingDayCalendar;
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
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * The reply deadline of a disclosure request (art. 33), recomputed from its clock events
 * whenever asked, so nothing stored goes stale when a holiday schedule changes.
 * <p>
 * How the days are counted (domain reference §4.1), exactly:
 * <ul>
 * <li><b>Receipt.</b> The receipt day D never counts; the 20th working day after D is the
 * deadline.</li>
 * <li><b>Pauses</b> (consultation from {@code ConsultationStarted} to
 * {@code ConsultationEnded}; fee notice from {@code FeeNoticeSent} to {@code FeePaid} or
 * {@code FeeWaived}, when {@link DeadlineSettings#feeNoticePausesClock()} says so). The
 * regulation says the time spent "is not counted", so every working day from the start
 * day to the end day, <em>both included</em>, is left out: the start day is not counted
 * as used, and the clock resumes on the working day after the end day. The deadline
 * therefore moves by the number of working days in that range. A pause that begins after
 * the deadline was reached does not move it: the request was already late.</li>
 * <li><b>补正.</b> The notice must fall within the 7 working days after D (plain working
 * days, pauses not excluded), once only. The clock stops on the notice day. The corrected
 * request's receipt day C starts a fresh clock: 20 working days after C; nothing from the
 * first clock is carried (days used, pauses, an extension). If no correction is received
 * by {@code correctBy} (inclusive), the request lapses the day after
 * ({@link Outcome#OTHER_NO_CORRECTION}).</li>
 * <li><b>Extension.</b> Once, 1 to 20 working days, decided while the clock runs and no
 * later than the deadline: the deadline becomes the working day that many working days
 * after the current one (pauses after it still move it).</li>
 * <li><b>Fee.</b> The applicant must pay by the 20th working day after the day the notice
 * was received (taken as the day it was sent); unpaid after that day the request lapses
 * ({@link Outcome#OTHER_FEE_UNPAID}).</li>
 * </ul>
 * Events are facts in the order they happened; a sequence the regulation does not allow
 * raises {@link InvalidClockEventException}. Events after a lapse are refused: the
 * request is deemed abandoned and the applicant must apply again.
 */
@Component
@EnableConfigurationProperties(DeadlineSettings.class)
class DeadlineEngine {

	static final int REPLY_WORKING_DAYS = 20;

	static final int CORRECTION_NOTICE_WORKING_DAYS = 7;

	static final int MAX_EXTENSION_WORKING_DAYS = 20;

	static final int FEE_PAYMENT_WORKING_DAYS = 20;

	private final WorkingDayCalendar calendar;

	private final DeadlineSettings settings;

	DeadlineEngine(WorkingDayCalendar calendar, DeadlineSettings settings) {
		this.calendar = calendar;
		this.settings = settings;
	}

	/**
	 * The deadline as of {@code today}.
	 * @param events the request's clock events in the order they happened, the first
	 * being {@link Received}; none may be dated after {@code today}
	 * @throws InvalidClockEventException when the sequence breaks a rule of the
	 * regulation
	 */
	public RequestDeadline compute(List<ClockEvent> events, LocalDate today) {
		if (events.isEmpty()) {
			throw new InvalidClockEventException(Reason.NO_RECEIPT);
		}
		var run = new Run(today);
		events.forEach(run::apply);
		return run.result();
	}

	/** Working days from {@code first} to {@code last}, both included. */
	private record Pause(LocalDate first, LocalDate last) {

		boolean contains(LocalDate day) {
			return !day.isBefore(this.first) && !day.isAfter(this.last);
		}

	}

	/** One computation: the clock's state while the events are replayed. */
	private final class Run {

		private final LocalDate today;

		private final List<Step> steps = new ArrayList<>();

		private @Nullable LocalDate receivedOn;

		private @Nullable LocalDate previous;

		/** The day the current clock counts from (never counted itself). */
		private LocalDate clockFrom = LocalDate.MIN;

		private int allowed = REPLY_WORKING_DAYS;

		private final List<Pause> pauses = new ArrayList<>();

		private ClockState state = ClockState.RUNNING;

		/** First day of the open pause or stop, when the state is not RUNNING. */
		private @Nullable LocalDate pausedSince;

		private @Nullable String party;

		private boolean correctionRequested;

		private @Nullable LocalDate correctBy;

		private boolean extended;

		private boolean feeNoticed;

		private @Nullable LocalDate feeNoticeOn;

		private @Nullable LocalDate feeDueOn;

		/** The latest day any answer depended on, to know which years were touched. */
		private LocalDate furthest;

		Run(LocalDate today) {
			this.today = today;
			this.furthest = today;
		}

		void apply(ClockEvent event) {
			LocalDate on = event.on();
			if (this.receivedOn == null && !(event instanceof Received)) {
				throw new InvalidClockEventException(Reason.NO_RECEIPT);
			}
			if (this.receivedOn != null && on.isBefore(this.receivedOn)) {
				throw new InvalidClockEventException(Reason.BEFORE_RECEIPT, on, this.receivedOn);
			}
			if (this.previous != null && on.isBefore(this.previous)) {
				throw new InvalidClockEventException(Reason.OUT_OF_ORDER, on, this.previous);
			}
			if (on.isAfter(this.today)) {
				throw new InvalidClockEventException(Reason.FUTURE_EVENT, on, this.today);
			}
			LocalDate lapsedOn = lapsedOn(on);
			if (lapsedOn != null) {
				throw new InvalidClockEventException(Reason.LAPSED, lapsedOn, on);
			}
			this.previous = on;
			// Java 17 has no pattern switch; the interface is sealed, so this chain is
			// complete and the last branch is the remaining type.
			if (event instanceof Received received) {
				receive(received);
			}
			else if (event instanceof CorrectionRequested notice) {
				requestCorrection(notice);
			}
			else if (event instanceof Corrected corrected) {
				correct(corrected);
			}
			else if (event instanceof ConsultationStarted started) {
				startConsultation(started);
			}
			else if (event instanceof ConsultationEnded ended) {
				endConsultation(ended);
			}
			else if (event instanceof Extended extension) {
				extend(extension);
			}
			else if (event instanceof FeeNoticeSent notice) {
				sendFeeNotice(notice);
			}
			else if (event instanceof FeePaid paid) {
				settleFee(paid.on(), "requests.deadline.fee-paid");
			}
			else {
				settleFee(((FeeWaived) event).on(), "requests.deadline.fee-waived");
			}
		}

		private void receive(Received received) {
			if (this.receivedOn != null) {
				throw new InvalidClockEventException(Reason.SECOND_RECEIPT, received.on(), this.receivedOn);
			}
			this.receivedOn = received.on();
			this.clockFrom = received.on();
			this.steps.add(new Step("requests.deadline.received", received.on(), dueOn()));
		}

		private void requestCorrection(CorrectionRequested notice) {
			if (this.correctionRequested) {
				throw new InvalidClockEventException(Reason.SECOND_CORRECTION, notice.on());
			}
			requireRunning();
			LocalDate latest = workingDaysAfter(received(), CORRECTION_NOTICE_WORKING_DAYS);
			if (notice.on().isAfter(latest)) {
				throw new InvalidClockEventException(Reason.CORRECTION_TOO_LATE, notice.on(), latest, received());
			}
			if (!notice.correctBy().isAfter(notice.on())) {
				throw new InvalidClockEventException(Reason.CORRECTION_PERIOD, notice.correctBy(), notice.on());
			}
			this.correctionRequested = true;
			this.correctBy = notice.correctBy();
			this.state = ClockState.STOPPED_FOR_CORRECTION;
			this.pausedSince = notice.on();
			reach(notice.correctBy());
			this.steps.add(new Step("requests.deadline.correction-requested", notice.on(), latest, notice.correctBy()));
		}

		private void correct(Corrected corrected) {
			if (this.state != ClockState.STOPPED_FOR_CORRECTION) {
				throw new InvalidClockEventException(Reason.NOT_AWAITING_CORRECTION, corrected.on());
			}
			int usedBefore = used(this.clockFrom, corrected.on());
			// A fresh clock: the regulation counts the period from the corrected receipt.
			this.clockFrom = corrected.on();
			this.pauses.clear();
			this.allowed = REPLY_WORKING_DAYS;
			this.extended = false;
			this.state = ClockState.RUNNING;
			this.pausedSince = null;
			this.correctBy = null;
			this.steps.add(new Step("requests.deadline.corrected", corrected.on(), usedBefore, dueOn()));
		}

		private void startConsultation(ConsultationStarted started) {
			requireRunning();
			this.state = ClockState.PAUSED_FOR_CONSULTATION;
			this.pausedSince = started.on();
			this.party = started.party();
		}

		private void endConsultation(ConsultationEnded ended) {
			if (this.state != ClockState.PAUSED_FOR_CONSULTATION) {
				throw new InvalidClockEventException(Reason.CONSULTATION_NOT_STARTED, ended.on());
			}
			LocalDate since = pausedSince();
			int paused = resume(ended.on());
			this.steps.add(new Step("requests.deadline.paused", since, ended.on(), paused, dueOn(), party()));
		}

		private void extend(Extended extension) {
			if (extension.workingDays() < 1 || extension.workingDays() > MAX_EXTENSION_WORKING_DAYS) {
				throw new InvalidClockEventException(Reason.EXTENSION_RANGE, extension.workingDays());
			}
			if (this.extended) {
				throw new InvalidClockEventException(Reason.SECOND_EXTENSION, extension.on());
			}
			requireRunning();
			LocalDate due = dueOn();
			if (extension.on().isAfter(due)) {
				throw new InvalidClockEventException(Reason.EXTENSION_AFTER_DEADLINE, extension.on(), due);
			}
			this.extended = true;
			this.allowed += extension.workingDays();
			this.steps.add(new Step("requests.deadline.extended", extension.workingDays(), extension.reason(), dueOn(),
					extension.approvedBy(), extension.on()));
		}

		private void sendFeeNotice(FeeNoticeSent notice) {
			if (this.feeNoticed) {
				throw new InvalidClockEventException(Reason.SECOND_FEE_NOTICE, notice.on());
			}
			if (DeadlineEngine.this.settings.feeNoticePausesClock()) {
				requireRunning();
				this.state = ClockState.PAUSED_FOR_FEE;
				this.pausedSince = notice.on();
			}
			this.feeNoticed = true;
			this.feeNoticeOn = notice.on();
			// 收到收费通知次日起20个工作日: the notice day itself never counts.
			LocalDate due = workingDaysAfter(notice.on(), FEE_PAYMENT_WORKING_DAYS);
			this.feeDueOn = due;
			this.steps.add(new Step(DeadlineEngine.this.settings.feeNoticePausesClock() ? "requests.deadline.fee-notice"
					: "requests.deadline.fee-notice-running", notice.on(), due));
		}

		private void settleFee(LocalDate on, String code) {
			if (this.feeDueOn == null) {
				throw new InvalidClockEventException(Reason.NO_FEE_NOTICE, on);
			}
			LocalDate noticeOn = this.feeNoticeOn;
			this.feeDueOn = null;
			if (this.state == ClockState.PAUSED_FOR_FEE) {
				int paused = resume(on);
				this.steps.add(new Step(code, on, noticeOn, paused, dueOn()));
			}
			else {
				this.steps.add(new Step(code + "-running", on));
			}
		}

		/** Closes the open pause on {@code last} (included) and restarts the clock. */
		private int resume(LocalDate last) {
			var pause = new Pause(pausedSince(), last);
			this.pauses.add(pause);
			this.state = ClockState.RUNNING;
			this.pausedSince = null;
			return workingDaysIn(pause);
		}

		private void requireRunning() {
			switch (this.state) {
				case RUNNING -> {
				}
				case STOPPED_FOR_CORRECTION ->
					throw new InvalidClockEventException(Reason.CLOCK_STOPPED_FOR_CORRECTION, pausedSince());
				case PAUSED_FOR_CONSULTATION ->
					throw new InvalidClockEventException(Reason.CLOCK_PAUSED_FOR_CONSULTATION, pausedSince());
				case PAUSED_FOR_FEE -> throw new InvalidClockEventException(Reason.CLOCK_PAUSED_FOR_FEE, pausedSince());
			}
		}

		/**
		 * The first day of the lapse that has happened by {@code day}: the day after an
		 * unmet correction or payment period.
		 */
		private @Nullable LocalDate lapsedOn(LocalDate day) {
			if (this.state == ClockState.STOPPED_FOR_CORRECTION && this.correctBy != null
					&& day.isAfter(this.correctBy)) {
				return this.correctBy.plusDays(1);
			}
			if (this.feeDueOn != null && day.isAfter(this.feeDueOn)) {
				return this.feeDueOn.plusDays(1);
			}
			return null;
		}

		/**
		 * The day the running clock reaches its allowed working days, skipping the closed
		 * pauses.
		 */
		private LocalDate dueOn() {
			LocalDate day = this.clockFrom;
			int counted = 0;
			while (counted < this.allowed) {
				day = day.plusDays(1);
				if (counts(day)) {
					counted++;
				}
			}
			reach(day);
			return day;
		}

		/**
		 * Working days counted on the current clock after {@code from} and before
		 * {@code end}, the open pause (if any) excluded.
		 */
		private int used(LocalDate from, LocalDate end) {
			int counted = 0;
			for (LocalDate day = from.plusDays(1); day.isBefore(end); day = day.plusDays(1)) {
				if (counts(day) && (this.pausedSince == null || day.isBefore(this.pausedSince))) {
					counted++;
				}
			}
			return counted;
		}

		private boolean counts(LocalDate day) {
			return DeadlineEngine.this.calendar.isWorkingDay(day)
					&& this.pauses.stream().noneMatch(p -> p.contains(day));
		}

		/**
		 * Working days of the pause that the clock would otherwise have counted: a pause
		 * that starts on the clock's own start day does not gain that day, which never
		 * counts anyway.
		 */
		private int workingDaysIn(Pause pause) {
			LocalDate first = pause.first().isAfter(this.clockFrom) ? pause.first() : this.clockFrom.plusDays(1);
			return (int) first.datesUntil(pause.last().plusDays(1))
				.filter(DeadlineEngine.this.calendar::isWorkingDay)
				.count();
		}

		private LocalDate workingDaysAfter(LocalDate from, int workingDays) {
			LocalDate day = DeadlineEngine.this.calendar.deadline(from, workingDays).deadline();
			reach(day);
			return day;
		}

		private void reach(LocalDate day) {
			if (day.isAfter(this.furthest)) {
				this.furthest = day;
			}
		}

		private LocalDate received() {
			return Objects.requireNonNull(this.receivedOn);
		}

		private LocalDate pausedSince() {
			return Objects.requireNonNull(this.pausedSince);
		}

		private String party() {
			return Objects.requireNonNull(this.party);
		}

		RequestDeadline result() {
			@Nullable Outcome lapsedAs = null;
			LocalDate lapsedOn = lapsedOn(this.today.plusDays(1));
			// lapsedOn(tomorrow) finds a period that ended today or earlier; only one
			// that
			// ended before today has lapsed.
			if (lapsedOn != null && !lapsedOn.isAfter(this.today)) {
				if (this.state == ClockState.STOPPED_FOR_CORRECTION) {
					lapsedAs = Outcome.OTHER_NO_CORRECTION;
					this.steps.add(new Step("requests.deadline.correction-lapsed", this.correctBy, lapsedOn));
				}
				else {
					lapsedAs = Outcome.OTHER_FEE_UNPAID;
					this.steps.add(new Step("requests.deadline.fee-lapsed", this.feeDueOn, lapsedOn));
				}
			}
			else {
				lapsedOn = null;
			}
			int used = used(this.clockFrom, this.today.plusDays(1));
			int remaining = (this.state == ClockState.STOPPED_FOR_CORRECTION) ? REPLY_WORKING_DAYS
					: Math.max(0, this.allowed - used);
			@Nullable LocalDate due = (lapsedAs == null && this.state == ClockState.RUNNING) ? dueOn() : null;
			boolean overdue = due != null && this.today.isAfter(due);
			if (this.state == ClockState.PAUSED_FOR_CONSULTATION) {
				this.steps.add(new Step("requests.deadline.consultation-ongoing", pausedSince(), party(), remaining));
			}
			if (due != null) {
				this.steps.add(new Step("requests.deadline.due", due, this.allowed, this.today, used, remaining));
			}
			if (overdue) {
				this.steps.add(new Step("requests.deadline.overdue", this.today, due));
			}
			var loaded = DeadlineEngine.this.calendar.loadedYears();
			String missing = IntStream.rangeClosed(received().getYear(), this.furthest.getYear())
				.filter(year -> !loaded.contains(year))
				.mapToObj(Integer::toString)
				.collect(Collectors.joining(", "));
			if (!missing.isEmpty()) {
				this.steps.add(new Step("requests.deadline.provisional", missing));
			}
			return new RequestDeadline(due, this.state, this.today, this.allowed, used, remaining, overdue,
					this.correctBy, this.feeDueOn, lapsedAs, lapsedOn, !missing.isEmpty(), this.steps);
		}

	}

}
