package org.gongkai.requests.api;

import java.util.List;

/**
 * Table 四 of the annual report (政府信息公开行政复议、行政诉讼情况) for one year: its 15 cells in the
 * official order, 行政复议, then 行政诉讼 未经复议直接起诉, then 行政诉讼 复议后起诉, each as 结果维持, 结果纠正, 其他结果,
 * 尚未审结, 总计. A case decided in the year counts by its result; a case still open on 31
 * December counts as 尚未审结 (domain reference §2.5), so a case filed in one year and
 * decided in the next is 尚未审结 in the first and counted by result in the second.
 */
public record ReviewTally(int reconsiderationUpheld, int reconsiderationCorrected, int reconsiderationOther,
		int reconsiderationPending, int reconsiderationTotal, int directUpheld, int directCorrected, int directOther,
		int directPending, int directTotal, int afterReconsiderationUpheld, int afterReconsiderationCorrected,
		int afterReconsiderationOther, int afterReconsiderationPending, int afterReconsiderationTotal) {

	/** Rules R4 and R5: each block's 总计 is the sum of its four results, none negative. */
	public ReviewTally {
		List<Integer> cells = List.of(reconsiderationUpheld, reconsiderationCorrected, reconsiderationOther,
				reconsiderationPending, reconsiderationTotal, directUpheld, directCorrected, directOther, directPending,
				directTotal, afterReconsiderationUpheld, afterReconsiderationCorrected, afterReconsiderationOther,
				afterReconsiderationPending, afterReconsiderationTotal);
		for (int block = 0; block < 3; block++) {
			int sum = 0;
			for (int column = 0; column < 4; column++) {
				int cell = cells.get(block * 5 + column);
				if (cell < 0) {
					throw new IllegalArgumentException("Table 四 has no negative cells: " + cells);
				}
				sum += cell;
			}
			if (sum != cells.get(block * 5 + 4)) {
				throw new IllegalArgumentException("Each block's 总计 is the sum of its results: " + cells);
			}
		}
	}

	/**
	 * The tally from the twelve result cells, each block as 维持, 纠正, 其他, 尚未审结; the totals
	 * are added.
	 */
	public static ReviewTally of(int[] reconsideration, int[] direct, int[] afterReconsideration) {
		return new ReviewTally(reconsideration[0], reconsideration[1], reconsideration[2], reconsideration[3],
				sum(reconsideration), direct[0], direct[1], direct[2], direct[3], sum(direct), afterReconsideration[0],
				afterReconsideration[1], afterReconsideration[2], afterReconsideration[3], sum(afterReconsideration));
	}

	/** The 15 cells in the official column order, for storage and export. */
	public List<Integer> cells() {
		return List.of(reconsiderationUpheld, reconsiderationCorrected, reconsiderationOther, reconsiderationPending,
				reconsiderationTotal, directUpheld, directCorrected, directOther, directPending, directTotal,
				afterReconsiderationUpheld, afterReconsiderationCorrected, afterReconsiderationOther,
				afterReconsiderationPending, afterReconsiderationTotal);
	}

	private static int sum(int[] results) {
		return results[0] + results[1] + results[2] + results[3];
	}

}
