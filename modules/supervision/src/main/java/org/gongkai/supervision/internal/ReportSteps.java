package org.gongkai.supervision.internal;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

import org.gongkai.supervision.api.ReportStage;
import org.gongkai.supervision.internal.Outbox.OutboxRow;
import org.jspecify.annotations.Nullable;

/**
 * How an annual-report row changes a town's report progress for its year: one function
 * for the relay (one row at a time) and the rebuild (every row replayed), so the two
 * cannot disagree.
 */
final class ReportSteps {

	private ReportSteps() {
	}

	/** A year's progress as stored: no row means not submitted. */
	record Progress(int year, ReportStage stage, @Nullable LocalDate dueOn, @Nullable LocalDate submittedOn,
			int timesReturned) {
	}

	static int year(OutboxRow row) {
		return Integer.parseInt(row.subject());
	}

	static Progress step(@Nullable Progress current, OutboxRow row) {
		int year = year(row);
		Progress now = (current != null) ? current : new Progress(year, ReportStage.NOT_SUBMITTED, null, null, 0);
		Kind kind = Kind.valueOf(row.kind());
		if (kind == Kind.REPORT_SUBMITTED) {
			return new Progress(year, ReportStage.SUBMITTED, (row.refDay() != null) ? row.refDay() : now.dueOn(),
					(now.submittedOn() != null) ? now.submittedOn() : row.day(), now.timesReturned());
		}
		if (kind == Kind.REPORT_RETURNED) {
			return new Progress(year, ReportStage.RETURNED, now.dueOn(), now.submittedOn(), now.timesReturned() + 1);
		}
		if (kind == Kind.REPORT_APPROVED) {
			return new Progress(year, ReportStage.APPROVED, now.dueOn(), now.submittedOn(), now.timesReturned());
		}
		if (kind == Kind.REPORT_PUBLISHED) {
			return new Progress(year, ReportStage.PUBLISHED, now.dueOn(), now.submittedOn(), now.timesReturned());
		}
		throw new IllegalArgumentException("Not a report row: " + row.kind());
	}

	/** Every year's progress from a town's report rows, oldest first. */
	static Map<Integer, Progress> replay(Iterable<OutboxRow> rows) {
		Map<Integer, Progress> years = new TreeMap<>();
		for (OutboxRow row : rows) {
			years.put(year(row), step(years.get(year(row)), row));
		}
		return years;
	}

}
