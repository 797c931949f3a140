package org.gongkai.requests.internal;

import java.sql.Date;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.gongkai.requests.api.CaseOutcome;
import org.gongkai.requests.api.LitigationRoute;
import org.gongkai.requests.api.NewReviewCase;
import org.gongkai.requests.api.RequestEvent;
import org.gongkai.requests.api.RequestException;
import org.gongkai.requests.api.RequestRecordException;
import org.gongkai.requests.api.ReviewCase;
import org.gongkai.requests.api.ReviewCases;
import org.gongkai.requests.api.ReviewKind;
import org.gongkai.requests.api.ReviewOutcome;
import org.gongkai.requests.api.ReviewTally;
import org.gongkai.requests.internal.RecordChecks.RequestRef;
import org.gongkai.tenancy.api.AuditTrail;
import org.gongkai.tenancy.api.TenantContext;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Review cases in table {@code review_case}. They are staff records: nothing here touches
 * the request's timeline, which the applicant reads.
 */
@Service
class DefaultReviewCases implements ReviewCases {

	/** The first annual reports under the 2007 regulation are for 2008. */
	static final int FIRST_REPORT_YEAR = 2008;

	private static final String SELECT = """
			select c.id, c.version, r.tracking_code, c.kind, c.route, c.reconsideration_id, c.body, c.case_number,
			       c.filed_on, c.outcome, c.closed_on, c.summary, c.opened_by, c.opened_at, c.updated_by, c.updated_at
			from review_case c join disclosure_request r on r.id = c.request_id
			""";

	private final EntityManager entityManager;

	private final AuditTrail audit;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	DefaultReviewCases(EntityManager entityManager, AuditTrail audit, Clock clock, ApplicationEventPublisher events) {
		this.entityManager = entityManager;
		this.events = events;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	@Transactional
	public ReviewCase open(String trackingCode, NewReviewCase newCase) {
		RequestRef request = RecordChecks.request(entityManager, trackingCode, true);
		LocalDate today = ChinaTime.today(clock);
		Map<String, List<Object>> bad = new LinkedHashMap<>();
		ReviewKind kind = newCase.kind();
		LitigationRoute route = newCase.route();
		if (kind == null) {
			bad.put("kind", List.of("required"));
		}
		else if (kind == ReviewKind.LITIGATION && route == null) {
			bad.put("route", List.of("required"));
		}
		else if (kind == ReviewKind.RECONSIDERATION && route != null) {
			bad.put("route", List.of("route-litigation-only"));
		}
		String body = RecordChecks.text(newCase.body(), 100, true, false, bad, "body");
		String caseNumber = RecordChecks.text(newCase.caseNumber(), 60, true, false, bad, "caseNumber");
		LocalDate filedOn = newCase.filedOn();
		if (filedOn == null) {
			bad.put("filedOn", List.of("required"));
		}
		else if (filedOn.isAfter(today)) {
			bad.put("filedOn", List.of("future"));
		}
		else if (filedOn.isBefore(request.since())) {
			bad.put("filedOn", List.of("filed-before-request", request.since()));
		}
		String summary = RecordChecks.text(newCase.summary(), 2000, false, true, bad, "summary");
		UUID reconsideration = newCase.reconsiderationCaseId();
		if (route == LitigationRoute.AFTER_RECONSIDERATION) {
			checkReconsideration(request, reconsideration, filedOn, bad);
		}
		else if (reconsideration != null) {
			bad.put("reconsiderationCaseId", List.of("reconsideration-after-only"));
		}
		if (!bad.isEmpty()) {
			throw RequestException.invalid(bad);
		}
		UUID id = UUID.randomUUID();
		Instant now = clock.instant();
		// the same case twice would count twice in table 四; a concurrent duplicate
		// waits for the first and then inserts nothing
		int inserted = entityManager.createNativeQuery("""
				insert into review_case (id, request_id, kind, route, reconsideration_id, body, case_number, filed_on,
				    summary, opened_by, opened_at, updated_by, updated_at)
				values (:id, :request, :kind, :route, :reconsideration, :body, :caseNumber, :filedOn, :summary, :actor,
				    :now, :actor, :now)
				on conflict do nothing
				""")
			.setParameter("id", id)
			.setParameter("request", request.id())
			.setParameter("kind", Objects.requireNonNull(kind).name())
			.setParameter("route", (route != null) ? route.name() : null)
			.setParameter("reconsideration", reconsideration)
			.setParameter("body", body)
			.setParameter("caseNumber", caseNumber)
			.setParameter("filedOn", Date.valueOf(Objects.requireNonNull(filedOn)))
			.setParameter("summary", summary)
			.setParameter("actor", audit.actor())
			.setParameter("now", now)
			.executeUpdate();
		if (inserted != 1) {
			throw RequestException.invalid(Map.of("caseNumber", List.of("duplicate-case", body)));
		}
		audit.record("review-case.opened", trackingCode,
				describe(kind, route) + " " + caseNumber + " " + body + " filed " + filedOn);
		events.publishEvent(new RequestEvent.ReviewOpened(TenantContext.require(), trackingCode, id, kind, filedOn));
		return find(request, id);
	}

	@Override
	@Transactional
	public ReviewCase recordOutcome(String trackingCode, UUID caseId, CaseOutcome result) {
		RequestRef request = RecordChecks.request(entityManager, trackingCode, false);
		ReviewCase current = find(request, caseId, true);
		LocalDate today = ChinaTime.today(clock);
		Map<String, List<Object>> bad = new LinkedHashMap<>();
		ReviewOutcome outcome = result.result();
		LocalDate closedOn = result.closedOn();
		if (outcome == null) {
			bad.put("result", List.of("required"));
		}
		else if (outcome.closed()) {
			if (closedOn == null) {
				bad.put("closedOn", List.of("required"));
			}
			else if (closedOn.isAfter(today)) {
				bad.put("closedOn", List.of("future"));
			}
			else if (closedOn.isBefore(current.filedOn())) {
				bad.put("closedOn", List.of("closed-before-filed", current.filedOn()));
			}
		}
		else if (closedOn != null) {
			bad.put("closedOn", List.of("pending-closed-on"));
		}
		String summary = RecordChecks.text(result.summary(), 2000, false, true, bad, "summary");
		if (result.version() == null) {
			bad.put("version", List.of("required"));
		}
		if (!bad.isEmpty()) {
			throw RequestException.invalid(bad);
		}
		if (result.version() != current.version()) {
			throw RequestRecordException.caseChanged(current.caseNumber());
		}
		entityManager.createNativeQuery("""
				update review_case set outcome = :outcome, closed_on = :closedOn,
				    summary = coalesce(:summary, summary), updated_by = :actor, updated_at = :now,
				    version = version + 1
				where id = :id
				""")
			.setParameter("outcome", Objects.requireNonNull(outcome).name())
			.setParameter("closedOn", (closedOn != null && outcome.closed()) ? Date.valueOf(closedOn) : null)
			.setParameter("summary", summary)
			.setParameter("actor", audit.actor())
			.setParameter("now", clock.instant())
			.setParameter("id", caseId)
			.executeUpdate();
		audit.record(outcome.closed() ? "review-case.closed" : "review-case.reopened", trackingCode,
				current.caseNumber() + " " + current.outcome() + " -> " + outcome
						+ (outcome.closed() ? " on " + closedOn : ""));
		events.publishEvent(new RequestEvent.ReviewOutcomeRecorded(TenantContext.require(), trackingCode, caseId,
				current.outcome(), current.closedOn(), outcome, outcome.closed() ? closedOn : null));
		return find(request, caseId);
	}

	@Override
	@Transactional(readOnly = true)
	public List<ReviewCase> cases(String trackingCode) {
		RequestRef request = RecordChecks.request(entityManager, trackingCode, false);
		List<?> rows = entityManager
			.createNativeQuery(SELECT + " where c.request_id = :request order by c.filed_on, c.opened_at")
			.setParameter("request", request.id())
			.getResultList();
		return rows.stream().map(row -> map((Object[]) row)).toList();
	}

	/**
	 * Domain reference §2.5: a case decided in the year counts by its result, a case
	 * still open on 31 December as 尚未审结. The year of {@code closed_on} places a result; a
	 * case counts as open at the year's end when filed by then and not closed by then,
	 * whatever happened later, so a year's table stays the same when it is drawn up
	 * again.
	 */
	@Override
	@Transactional(readOnly = true)
	public ReviewTally tally(int year) {
		int thisYear = ChinaTime.today(clock).getYear();
		if (year < FIRST_REPORT_YEAR || year > thisYear) {
			throw RequestException.invalid(Map.of("year", List.of("year-range", FIRST_REPORT_YEAR, thisYear)));
		}
		List<?> rows = entityManager.createNativeQuery("""
				select kind, coalesce(route, ''),
				       count(*) filter (where outcome = 'UPHELD' and closed_on between :first and :last),
				       count(*) filter (where outcome = 'CORRECTED' and closed_on between :first and :last),
				       count(*) filter (where outcome = 'OTHER' and closed_on between :first and :last),
				       count(*) filter (where filed_on <= :last and (closed_on is null or closed_on > :last))
				from review_case
				group by kind, coalesce(route, '')
				""")
			.setParameter("first", Date.valueOf(LocalDate.of(year, 1, 1)))
			.setParameter("last", Date.valueOf(LocalDate.of(year, 12, 31)))
			.getResultList();
		int[] reconsideration = new int[4];
		int[] direct = new int[4];
		int[] afterReconsideration = new int[4];
		for (Object row : rows) {
			Object[] r = (Object[]) row;
			int[] block = switch ((String) r[1]) {
				case "DIRECT" -> direct;
				case "AFTER_RECONSIDERATION" -> afterReconsideration;
				default -> reconsideration;
			};
			for (int column = 0; column < 4; column++) {
				block[column] += ((Number) r[column + 2]).intValue();
			}
		}
		return ReviewTally.of(reconsideration, direct, afterReconsideration);
	}

	/**
	 * 行政诉讼法 art. 45: a suit after reconsideration is filed once the reconsideration is
	 * decided, or once its period ran out undecided; either way it follows that
	 * reconsideration, about the same request.
	 */
	private void checkReconsideration(RequestRef request, @Nullable UUID reconsideration, @Nullable LocalDate filedOn,
			Map<String, List<Object>> bad) {
		if (reconsideration == null) {
			bad.put("reconsiderationCaseId", List.of("required"));
			return;
		}
		ReviewCase earlier = findOptional(request, reconsideration, false);
		if (earlier == null || earlier.kind() != ReviewKind.RECONSIDERATION) {
			bad.put("reconsiderationCaseId", List.of("reconsideration-unknown"));
			return;
		}
		LocalDate decided = earlier.closedOn();
		if (filedOn != null && (earlier.filedOn().isAfter(filedOn) || (decided != null && decided.isAfter(filedOn)))) {
			bad.put("filedOn", List.of("filed-before-reconsideration", earlier.caseNumber(),
					(decided != null) ? decided : earlier.filedOn()));
		}
	}

	private ReviewCase find(RequestRef request, UUID id) {
		return find(request, id, false);
	}

	private ReviewCase find(RequestRef request, UUID id, boolean lock) {
		ReviewCase found = findOptional(request, id, lock);
		if (found == null) {
			throw RequestRecordException.caseNotFound(request.trackingCode());
		}
		return found;
	}

	private @Nullable ReviewCase findOptional(RequestRef request, UUID id, boolean lock) {
		List<?> rows = entityManager
			.createNativeQuery(
					SELECT + " where c.id = :id and c.request_id = :request" + (lock ? " for update of c" : ""))
			.setParameter("id", id)
			.setParameter("request", request.id())
			.getResultList();
		return rows.isEmpty() ? null : map((Object[]) rows.get(0));
	}

	private static ReviewCase map(Object[] r) {
		String route = (String) r[4];
		return new ReviewCase((UUID) r[0], ((Number) r[1]).longValue(), (String) r[2],
				ReviewKind.valueOf((String) r[3]), (route != null) ? LitigationRoute.valueOf(route) : null, (UUID) r[5],
				(String) r[6], (String) r[7], Objects.requireNonNull(Rows.date(r[8])),
				ReviewOutcome.valueOf((String) r[9]), Rows.date(r[10]), (String) r[11], (String) r[12],
				Rows.instant(r[13]), (String) r[14], Rows.instant(r[15]));
	}

	private static String describe(@Nullable ReviewKind kind, @Nullable LitigationRoute route) {
		return (route != null) ? kind + "/" + route : String.valueOf(kind);
	}

}
