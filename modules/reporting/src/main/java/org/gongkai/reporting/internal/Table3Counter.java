package org.gongkai.reporting.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.gongkai.reporting.api.Table3;
import org.gongkai.reporting.api.Table3Column;
import org.gongkai.reporting.api.Table3Row;
import org.gongkai.requests.api.ApplicantType;
import org.gongkai.requests.api.RequestStatistics.Fact;

/**
 * Table 三 from the requests' facts (domain reference §2.4, §2.6; ADR 0006): 一 by receipt
 * date in the year, 二 received before the year and not closed by 31 December before it,
 * the result rows by closing date in the year and outcome, 四 received by 31 December and
 * not closed by then; the column is the applicant type, 总计 their sum. So R1–R3 hold by
 * construction.
 */
final class Table3Counter {

	private Table3Counter() {
	}

	static Table3 count(List<Fact> facts, int year) {
		LocalDate first = LocalDate.of(year, 1, 1);
		LocalDate last = LocalDate.of(year, 12, 31);
		int[][] cells = new int[Table3.ROWS][Table3.COLUMNS];
		for (Fact fact : facts) {
			if (fact.receivedOn().isAfter(last) || fact.closedBy(first.minusDays(1))) {
				continue;
			}
			int column = column(fact.applicantType()).ordinal();
			if (fact.receivedOn().isBefore(first)) {
				cells[Table3Row.CARRIED_IN.ordinal()][column]++;
			}
			else {
				cells[Table3Row.RECEIVED.ordinal()][column]++;
			}
			if (fact.closedBy(last)) {
				int row = Table3Row.ofNumber(Objects.requireNonNull(fact.outcome()).row()).ordinal();
				cells[row][column]++;
				cells[Table3Row.RESULTS_TOTAL.ordinal()][column]++;
			}
			else {
				cells[Table3Row.CARRIED_OVER.ordinal()][column]++;
			}
		}
		for (int[] row : cells) {
			int total = 0;
			for (int column = 0; column < Table3Column.TOTAL.ordinal(); column++) {
				total += row[column];
			}
			row[Table3Column.TOTAL.ordinal()] = total;
		}
		return Table3.of(cells);
	}

	static Table3Column column(ApplicantType type) {
		return switch (type) {
			case NATURAL_PERSON -> Table3Column.NATURAL_PERSON;
			case COMMERCIAL_ENTERPRISE -> Table3Column.COMMERCIAL_ENTERPRISE;
			case RESEARCH_INSTITUTION -> Table3Column.RESEARCH_INSTITUTION;
			case PUBLIC_INTEREST_ORGANIZATION -> Table3Column.PUBLIC_INTEREST_ORGANIZATION;
			case LEGAL_SERVICE_ORGANIZATION -> Table3Column.LEGAL_SERVICE_ORGANIZATION;
			case OTHER_ORGANIZATION -> Table3Column.OTHER_ORGANIZATION;
		};
	}

}
