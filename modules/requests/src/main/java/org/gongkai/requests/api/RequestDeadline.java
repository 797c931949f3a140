package org.gongkai.requests.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A request's reply deadline (答复期限) as of one day, with the reasons for it.
 *
 * @param dueOn the last day to reply; {@code null} while the clock is stopped or paused
 * (the date depends on when it resumes) and once the request has lapsed
 * @param state whether the clock runs on {@code asOf}
 * @param asOf the day the counts below are taken on
 * @param workingDaysAllowed 20, plus the extension if any
 * @param workingDaysUsed working days counted on the current clock up to and including
 * {@code asOf}; while stopped for correction, those used before the notice
 * @param workingDaysRemaining {@code workingDaysAllowed - workingDaysUsed}, never below
 * zero; while stopped for correction the full 20, since a corrected request starts afresh
 * @param overdue {@code asOf} is after {@code dueOn}
 * @param correctionDueOn the last day to correct, while a 补正 notice is open or has lapsed
 * @param feeDueOn the last day to pay, while a fee notice is open or has lapsed
 * @param lapsedAs {@link Outcome#OTHER_NO_CORRECTION} or {@link Outcome#OTHER_FEE_UNPAID}
 * when the applicant let the period pass: the request is deemed abandoned
 * @param lapsedOn the first day after that period
 * @param provisional a day counted lies in a year whose holiday schedule is not loaded,
 * so the dates may move when it is
 * @param explanation why the deadline is that date, step by step, for the page to show
 */
public record RequestDeadline(@Nullable LocalDate dueOn, ClockState state, LocalDate asOf, int workingDaysAllowed,
		int workingDaysUsed, int workingDaysRemaining, boolean overdue, @Nullable LocalDate correctionDueOn,
		@Nullable LocalDate feeDueOn, @Nullable Outcome lapsedAs, @Nullable LocalDate lapsedOn, boolean provisional,
		List<Step> explanation) {

	public RequestDeadline {
		explanation = List.copyOf(explanation);
	}

	/** Which argument of which explanation step names a consulted party. */
	private static final Map<String, Integer> PARTY_ARGUMENT = Map.of("requests.deadline.paused", 4,
			"requests.deadline.consultation-ongoing", 1);

	public boolean lapsed() {
		return this.lapsedAs != null;
	}

	/**
	 * The same deadline with the consulted parties' names replaced, for readers who may
	 * not see them (the party may be a private person).
	 */
	public RequestDeadline withoutParties(Object replacement) {
		List<Step> steps = this.explanation.stream().map((step) -> {
			Integer index = PARTY_ARGUMENT.get(step.code());
			if (index == null || index >= step.arguments().size()) {
				return step;
			}
			List<Object> arguments = new ArrayList<>(step.arguments());
			arguments.set(index, replacement);
			return new Step(step.code(), arguments);
		}).toList();
		return new RequestDeadline(dueOn, state, asOf, workingDaysAllowed, workingDaysUsed, workingDaysRemaining,
				overdue, correctionDueOn, feeDueOn, lapsedAs, lapsedOn, provisional, steps);
	}

	/**
	 * One line of the explanation: a message key under {@code requests.deadline.} and its
	 * arguments (dates, working-day counts, names).
	 */
	public record Step(String code, List<Object> arguments) {

		public Step {
			arguments = List.copyOf(arguments);
		}

		public Step(String code, Object... arguments) {
			this(code, List.of(arguments));
		}

		/** The arguments as {@code MessageSource} takes them. */
		public Object[] argumentArray() {
			return this.arguments.toArray();
		}

	}

}
