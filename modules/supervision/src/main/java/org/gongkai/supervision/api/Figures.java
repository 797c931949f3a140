package org.gongkai.supervision.api;

/**
 * What happened in a town (or the whole city) in a period, each counted on its own day:
 * an item on its 发布日期, a request on its 收到申请之日 and on the day its decision took effect,
 * an alert and a withdrawal on the day (China time) they were raised.
 *
 * @param itemsPublished catalogue items published, late ones included
 * @param itemsPublishedLate of those, published after their publication due date
 * @param itemsWithdrawn items withdrawn (撤回)
 * @param requestsReceived disclosure requests received
 * @param requestsDecided decisions approved
 * @param dueSoonAlerts due-soon alerts raised (one per deadline)
 * @param overdueAlerts overdue alerts raised (one per deadline)
 */
public record Figures(long itemsPublished, long itemsPublishedLate, long itemsWithdrawn, long requestsReceived,
		long requestsDecided, long dueSoonAlerts, long overdueAlerts) {

	public static final Figures NONE = new Figures(0, 0, 0, 0, 0, 0, 0);

	public Figures plus(Figures other) {
		return new Figures(itemsPublished + other.itemsPublished, itemsPublishedLate + other.itemsPublishedLate,
				itemsWithdrawn + other.itemsWithdrawn, requestsReceived + other.requestsReceived,
				requestsDecided + other.requestsDecided, dueSoonAlerts + other.dueSoonAlerts,
				overdueAlerts + other.overdueAlerts);
	}

}
