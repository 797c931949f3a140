package org.gongkai.requests.web;

import java.util.List;
import java.util.UUID;

import org.gongkai.requests.api.CaseOutcome;
import org.gongkai.requests.api.NewReviewCase;
import org.gongkai.requests.api.ReviewCase;
import org.gongkai.requests.api.ReviewCases;
import org.gongkai.requests.api.ReviewTally;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * 行政复议 and 行政诉讼 cases of the town's requests: the town's staff and the city office read
 * them (they hold no personal data beyond the request's tracking code), handlers record
 * them. The tally is table 四 of the annual report.
 */
@RestController
@RequestMapping("/api/v1/towns/{code}")
class ReviewCaseController {

	private final ReviewCases cases;

	ReviewCaseController(ReviewCases cases) {
		this.cases = cases;
	}

	@GetMapping("/requests/{trackingCode}/cases")
	List<ReviewCase> cases(@PathVariable String code, @PathVariable String trackingCode) {
		return cases.cases(trackingCode);
	}

	@PostMapping("/requests/{trackingCode}/cases")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize(RequestAccess.HANDLERS)
	ReviewCase open(@PathVariable String code, @PathVariable String trackingCode, @RequestBody NewReviewCase newCase) {
		return cases.open(trackingCode, newCase);
	}

	@PostMapping("/requests/{trackingCode}/cases/{id}/outcome")
	@PreAuthorize(RequestAccess.HANDLERS)
	ReviewCase outcome(@PathVariable String code, @PathVariable String trackingCode, @PathVariable UUID id,
			@RequestBody CaseOutcome outcome) {
		return cases.recordOutcome(trackingCode, id, outcome);
	}

	@GetMapping("/review-cases/tally")
	Tally tally(@PathVariable String code, @RequestParam int year) {
		ReviewTally table = cases.tally(year);
		return new Tally(year, table, table.cells());
	}

	/**
	 * Table 四 for the year, by name and as the 15 cells in the official column order.
	 */
	record Tally(int year, ReviewTally table, List<Integer> cells) {
	}

}
