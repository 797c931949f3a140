package org.gongkai.requests.api;

import java.util.List;
import java.util.UUID;

/**
 * 行政复议 and 行政诉讼 cases about the current town's requests, as the annual report's table 四
 * counts them. Staff records only: cases never appear on the applicant's timeline. Every
 * change is audited; bad input is refused field by field ({@link RequestException}, 400)
 * with nothing stored.
 */
public interface ReviewCases {

	/**
	 * Opens a case ({@code PENDING}). A suit after reconsideration names the
	 * reconsideration case on the same request that it follows: filed no later than the
	 * suit and, if decided, decided no later than the suit was filed (行政诉讼法 art. 45).
	 */
	ReviewCase open(String trackingCode, NewReviewCase newCase);

	/**
	 * Records how a case ended (closing it), or reopens it with {@code PENDING}.
	 * @throws RequestRecordException (404) for a case not on that request, (409) for a
	 * case changed since {@code version}
	 */
	ReviewCase recordOutcome(String trackingCode, UUID caseId, CaseOutcome outcome);

	/** The request's cases, oldest filing first. */
	List<ReviewCase> cases(String trackingCode);

	/**
	 * Table 四 for the year: decided cases by the year of their {@code closedOn}, open
	 * ones (filed on or before 31 December and not closed by then) as 尚未审结.
	 */
	ReviewTally tally(int year);

}
