package org.gongkai.reporting.api;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A town's annual report for one year as it stands: the figures of tables 二 to 四, the
 * processing fees for section 六, the towns' texts of sections 一, 五 and 六 with the drafts
 * generated from the records, and what the rules find wrong.
 *
 * @param town the town's code
 * @param versionNumber 第几版: 1 for the first version; 0 while nothing has been stored (the
 * report is then computed only)
 * @param version the edit counter: a change must name it, so a stale edit is refused
 * @param lastYearTable2 last year's table 二, shown beside this year's; {@code null} when
 * last year's report is not stored
 * @param texts the town's texts of the narrative sections; a section not written yet is
 * absent
 * @param drafts for 一, 五 and 六, a starting text quoting the real figures for staff to
 * edit
 */
public record AnnualReport(String town, int year, ReportFormat format, ReportState state, int versionNumber,
		long version, Table2 table2, @Nullable Table2 lastYearTable2, Table3 table3, Table4 table4, ProcessingFees fees,
		Map<Section, String> texts, Map<Section, String> drafts, List<Finding> findings) {

	public AnnualReport {
		texts = Map.copyOf(texts);
		drafts = Map.copyOf(drafts);
		findings = List.copyOf(findings);
	}

	/** A blocking error stands in the way of submission. */
	public boolean blocked() {
		return this.findings.stream().anyMatch(Finding::blocking);
	}

}
