package org.gongkai.requests.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.EntityManager;

import org.gongkai.requests.api.ApplicantType;
import org.gongkai.requests.api.Outcome;
import org.gongkai.requests.api.RequestClock;
import org.gongkai.requests.api.RequestDeadline;
import org.gongkai.requests.api.RequestState;
import org.gongkai.requests.api.RequestStatistics;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Closing dates for the annual report. A decided request closed on {@code decided_on}. A
 * request deemed abandoned closed on the engine's lapse date, whether or not a watch has
 * already marked it {@code CLOSED}: the lapse happened on that day by law, and the report
 * must not depend on when a job ran.
 */
@Service
class DefaultRequestStatistics implements RequestStatistics {

	private final EntityManager entityManager;

	private final RequestClock requestClock;

	DefaultRequestStatistics(EntityManager entityManager, RequestClock requestClock) {
		this.entityManager = entityManager;
		this.requestClock = requestClock;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Fact> facts(int year) {
		LocalDate first = LocalDate.of(year, 1, 1);
		List<?> rows = entityManager.createNativeQuery("""
				select tracking_code, applicant_type, received_on, state, outcome, decided_on, updated_at
				from disclosure_request
				where received_on is not null and received_on <= :last and (decided_on is null or decided_on >= :first)
				order by received_on, tracking_code
				""")
			.setParameter("first", Date.valueOf(first))
			.setParameter("last", Date.valueOf(LocalDate.of(year, 12, 31)))
			.getResultList();
		List<Fact> facts = new ArrayList<>();
		for (Object row : rows) {
			Object[] r = (Object[]) row;
			String trackingCode = (String) r[0];
			RequestState state = RequestState.valueOf((String) r[3]);
			LocalDate closedOn = null;
			Outcome outcome = null;
			if (state == RequestState.DECIDED || state == RequestState.DELIVERED) {
				closedOn = Rows.date(r[5]);
				outcome = Outcome.valueOf((String) r[4]);
			}
			else {
				RequestDeadline deadline = requestClock.deadline(trackingCode);
				if (deadline.lapsed()) {
					closedOn = deadline.lapsedOn();
					outcome = deadline.lapsedAs();
				}
				else if (state == RequestState.CLOSED) {
					// closed, but a later calendar change moved the period: it closed
					// when it was marked so
					closedOn = LocalDate.ofInstant(Rows.instant(r[6]), ChinaTime.ZONE);
					outcome = Outcome.valueOf((String) r[4]);
				}
			}
			if (closedOn == null || !closedOn.isBefore(first)) {
				facts.add(new Fact(trackingCode, ApplicantType.valueOf((String) r[1]),
						Objects.requireNonNull(Rows.date(r[2])), closedOn, outcome));
			}
		}
		return facts;
	}

}
