package org.gongkai.supervision.api;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.gongkai.requests.api.Outcome;
import org.jspecify.annotations.Nullable;

/**
 * What happened in a town (or the whole city) in a period, each counted on its own day:
 * an item on its 发布日期, a request on its 收到申请之日 and on the day its decision took effect, a
 * review case on the day it was filed and on the day it was decided (审结), an alert and a
 * withdrawal on the day (China time) they were raised. {@code docs/indicators.md} defines
 * every figure; the JSON keys are the component names and the derived methods' names
 * ({@link Indicator#key()}).
 *
 * @param itemsPublished catalogue items published, late ones included
 * @param itemsPublishedLate of those, published after their publication due date
 * @param itemsWithdrawn items withdrawn (撤回)
 * @param requestsReceived disclosure requests received
 * @param requestsDecided decisions approved
 * @param requestsDecidedOnTime of those, decided on or before their reply deadline
 * (extensions and pauses included)
 * @param workingDaysToDecide working days from receipt to decision, summed over the
 * decided requests (the average is this divided by {@code requestsDecided})
 * @param outcomes decided requests by outcome group; every group is present
 * @param dueSoonAlerts due-soon alerts raised (one per deadline)
 * @param overdueAlerts overdue alerts raised (one per deadline)
 * @param reviewsOpened 行政复议 and 行政诉讼 cases filed
 * @param reviewsClosed cases decided (审结)
 * @param reviewsUpheld of those, 结果维持
 * @param reviewsCorrected of those, 结果纠正
 * @param reviewsOtherResult of those, 其他结果
 */
public record Figures(long itemsPublished, long itemsPublishedLate, long itemsWithdrawn, long requestsReceived,
		long requestsDecided, long requestsDecidedOnTime, long workingDaysToDecide, Map<Outcome.Group, Long> outcomes,
		long dueSoonAlerts, long overdueAlerts, long reviewsOpened, long reviewsClosed, long reviewsUpheld,
		long reviewsCorrected, long reviewsOtherResult) {

	public static final Figures NONE = new Figures(0, 0, 0, 0, 0, 0, 0, Map.of(), 0, 0, 0, 0, 0, 0, 0);

	/** Every outcome group is present (0 when none), in the order of table 三. */
	public Figures {
		Map<Outcome.Group, Long> all = new EnumMap<>(Outcome.Group.class);
		for (Outcome.Group group : Outcome.Group.values()) {
			all.put(group, outcomes.getOrDefault(group, 0L));
		}
		outcomes = Collections.unmodifiableMap(all);
	}

	public Figures plus(Figures other) {
		Map<Outcome.Group, Long> sum = new EnumMap<>(Outcome.Group.class);
		for (Outcome.Group group : Outcome.Group.values()) {
			sum.put(group, outcomes.get(group) + other.outcomes.get(group));
		}
		return new Figures(itemsPublished + other.itemsPublished, itemsPublishedLate + other.itemsPublishedLate,
				itemsWithdrawn + other.itemsWithdrawn, requestsReceived + other.requestsReceived,
				requestsDecided + other.requestsDecided, requestsDecidedOnTime + other.requestsDecidedOnTime,
				workingDaysToDecide + other.workingDaysToDecide, sum, dueSoonAlerts + other.dueSoonAlerts,
				overdueAlerts + other.overdueAlerts, reviewsOpened + other.reviewsOpened,
				reviewsClosed + other.reviewsClosed, reviewsUpheld + other.reviewsUpheld,
				reviewsCorrected + other.reviewsCorrected, reviewsOtherResult + other.reviewsOtherResult);
	}

	/**
	 * Items published on time ÷ items published, in percent with one decimal; null when
	 * nothing was published.
	 */
	@JsonProperty(access = JsonProperty.Access.READ_ONLY)
	public @Nullable BigDecimal onTimePublicationRate() {
		return percent(itemsPublished - itemsPublishedLate, itemsPublished);
	}

	/**
	 * Requests decided on time ÷ requests decided, in percent with one decimal; null when
	 * none was decided.
	 */
	@JsonProperty(access = JsonProperty.Access.READ_ONLY)
	public @Nullable BigDecimal onTimeReplyRate() {
		return percent(requestsDecidedOnTime, requestsDecided);
	}

	/**
	 * Working days from receipt to decision, averaged over the decided requests, one
	 * decimal; null when none was decided.
	 */
	@JsonProperty(access = JsonProperty.Access.READ_ONLY)
	public @Nullable BigDecimal averageWorkingDaysToDecide() {
		return (requestsDecided == 0) ? null : BigDecimal.valueOf(workingDaysToDecide)
			.divide(BigDecimal.valueOf(requestsDecided), 1, RoundingMode.HALF_UP);
	}

	/**
	 * 结果纠正 ÷ (结果维持 + 结果纠正 + 其他结果) over the cases decided in the period, in percent with
	 * one decimal (domain reference §7.3); null when none was decided.
	 */
	@JsonProperty(access = JsonProperty.Access.READ_ONLY)
	public @Nullable BigDecimal correctionRate() {
		return percent(reviewsCorrected, reviewsUpheld + reviewsCorrected + reviewsOtherResult);
	}

	/** {@code part ÷ whole} in percent, one decimal, half up; null for an empty whole. */
	public static @Nullable BigDecimal percent(long part, long whole) {
		return (whole == 0) ? null
				: BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
	}

}
