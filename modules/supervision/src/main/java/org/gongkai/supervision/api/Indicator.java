package org.gongkai.supervision.api;

import java.util.function.Function;

import org.gongkai.requests.api.Outcome;
import org.jspecify.annotations.Nullable;

/**
 * Every column of the dashboard's table of towns, with a stable key (URLs, exports,
 * {@code docs/indicators.md}), where the value sits in a {@link TownFigures}' JSON, and
 * message keys {@code supervision.indicator.<key>} (the name) and
 * {@code supervision.indicator.<key>.definition} (numerator, denominator, period,
 * exclusions) in this module's bundles.
 */
public enum Indicator {

	CODE("code", "code", TownFigures::code), NAME("name", "name", TownFigures::name),
	ITEMS_PUBLISHED("items-published", "figures.itemsPublished", t -> t.figures().itemsPublished()),
	ITEMS_PUBLISHED_LATE("items-published-late", "figures.itemsPublishedLate", t -> t.figures().itemsPublishedLate()),
	ON_TIME_PUBLICATION_RATE("on-time-publication-rate", "figures.onTimePublicationRate",
			t -> t.figures().onTimePublicationRate()),
	ITEMS_WITHDRAWN("items-withdrawn", "figures.itemsWithdrawn", t -> t.figures().itemsWithdrawn()),
	REQUESTS_RECEIVED("requests-received", "figures.requestsReceived", t -> t.figures().requestsReceived()),
	REQUESTS_DECIDED("requests-decided", "figures.requestsDecided", t -> t.figures().requestsDecided()),
	REQUESTS_DECIDED_ON_TIME("requests-decided-on-time", "figures.requestsDecidedOnTime",
			t -> t.figures().requestsDecidedOnTime()),
	ON_TIME_REPLY_RATE("on-time-reply-rate", "figures.onTimeReplyRate", t -> t.figures().onTimeReplyRate()),
	AVERAGE_WORKING_DAYS_TO_DECIDE("average-working-days-to-decide", "figures.averageWorkingDaysToDecide",
			t -> t.figures().averageWorkingDaysToDecide()),
	OUTCOME_DISCLOSED("outcome-disclosed", "figures.outcomes.DISCLOSED",
			t -> t.figures().outcomes().get(Outcome.Group.DISCLOSED)),
	OUTCOME_PARTLY_DISCLOSED("outcome-partly-disclosed", "figures.outcomes.PARTLY_DISCLOSED",
			t -> t.figures().outcomes().get(Outcome.Group.PARTLY_DISCLOSED)),
	OUTCOME_WITHHELD("outcome-withheld", "figures.outcomes.WITHHELD",
			t -> t.figures().outcomes().get(Outcome.Group.WITHHELD)),
	OUTCOME_UNAVAILABLE("outcome-unavailable", "figures.outcomes.UNAVAILABLE",
			t -> t.figures().outcomes().get(Outcome.Group.UNAVAILABLE)),
	OUTCOME_NOT_PROCESSED("outcome-not-processed", "figures.outcomes.NOT_PROCESSED",
			t -> t.figures().outcomes().get(Outcome.Group.NOT_PROCESSED)),
	OUTCOME_OTHER("outcome-other", "figures.outcomes.OTHER", t -> t.figures().outcomes().get(Outcome.Group.OTHER)),
	DUE_SOON_ALERTS("due-soon-alerts", "figures.dueSoonAlerts", t -> t.figures().dueSoonAlerts()),
	OVERDUE_ALERTS("overdue-alerts", "figures.overdueAlerts", t -> t.figures().overdueAlerts()),
	OPEN_REQUESTS("open-requests", "backlog.open", t -> t.backlog().open()),
	DUE_SOON_REQUESTS("due-soon-requests", "backlog.dueSoon", t -> t.backlog().dueSoon()),
	OVERDUE_REQUESTS("overdue-requests", "backlog.overdue", t -> t.backlog().overdue()),
	REVIEWS_OPENED("reviews-opened", "figures.reviewsOpened", t -> t.figures().reviewsOpened()),
	REVIEWS_CLOSED("reviews-closed", "figures.reviewsClosed", t -> t.figures().reviewsClosed()),
	REVIEWS_UPHELD("reviews-upheld", "figures.reviewsUpheld", t -> t.figures().reviewsUpheld()),
	REVIEWS_CORRECTED("reviews-corrected", "figures.reviewsCorrected", t -> t.figures().reviewsCorrected()),
	REVIEWS_OTHER_RESULT("reviews-other-result", "figures.reviewsOtherResult", t -> t.figures().reviewsOtherResult()),
	CORRECTION_RATE("correction-rate", "figures.correctionRate", t -> t.figures().correctionRate()),
	REPORT_STAGE("report-stage", "report.stage", t -> (t.report() != null) ? t.report().stage() : null),
	REPORT_SUBMITTED_ON("report-submitted-on", "report.submittedOn",
			t -> (t.report() != null) ? t.report().submittedOn() : null),
	REPORT_DAYS_LATE("report-days-late", "report.daysLate", t -> (t.report() != null) ? t.report().daysLate() : null),
	REPORT_TIMES_RETURNED("report-times-returned", "report.timesReturned",
			t -> (t.report() != null) ? t.report().timesReturned() : null);

	private final String key;

	private final String path;

	private final Function<TownFigures, @Nullable Object> value;

	Indicator(String key, String path, Function<TownFigures, @Nullable Object> value) {
		this.key = key;
		this.path = path;
		this.value = value;
	}

	/** Stable, lower-case, hyphenated: {@code on-time-reply-rate}. */
	public String key() {
		return this.key;
	}

	/** Where the value sits in a town's JSON: {@code figures.onTimeReplyRate}. */
	public String path() {
		return this.path;
	}

	/**
	 * The message key of the indicator's name; add {@code .definition} for its
	 * definition.
	 */
	public String messageKey() {
		return "supervision.indicator." + this.key;
	}

	/**
	 * The town's value: a Long, Integer, BigDecimal, String, LocalDate or
	 * {@link ReportStage}; {@code null} when it has none (a rate without a denominator, a
	 * report not known).
	 */
	public @Nullable Object value(TownFigures town) {
		return this.value.apply(town);
	}

	/** The indicator with that key, or null. */
	public static @Nullable Indicator byKey(String key) {
		for (Indicator indicator : values()) {
			if (indicator.key.equals(key)) {
				return indicator;
			}
		}
		return null;
	}

}
