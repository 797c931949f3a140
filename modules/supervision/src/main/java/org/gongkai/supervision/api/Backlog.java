package org.gongkai.supervision.api;

/**
 * A town's (or the city's) requests still being handled as of a day, not a period count.
 *
 * @param open received and not yet decided or closed (the next two included)
 * @param dueSoon of those, whose deadline is three working days away or less (the last
 * due-soon alert of their current deadline, and no overdue alert since)
 * @param overdue of those, whose deadline has passed (an overdue alert was raised)
 */
public record Backlog(long open, long dueSoon, long overdue) {

	public static final Backlog NONE = new Backlog(0, 0, 0);

	public Backlog plus(Backlog other) {
		return new Backlog(open + other.open, dueSoon + other.dueSoon, overdue + other.overdue);
	}

}
