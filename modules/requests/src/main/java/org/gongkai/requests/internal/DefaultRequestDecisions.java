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

import org.gongkai.calendar.api.WorkingDayCalendar;
import org.gongkai.requests.api.Delivery;
import org.gongkai.requests.api.Outcome;
import org.gongkai.requests.api.ReplyLetter;
import org.gongkai.requests.api.RequestDecisions;
import org.gongkai.requests.api.RequestEvent;
import org.gongkai.requests.api.RequestException;
import org.gongkai.requests.api.RequestState;
import org.gongkai.tenancy.api.AuditTrail;
import org.gongkai.tenancy.api.TenantContext;
import org.gongkai.tenancy.api.TownRegistry;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class DefaultRequestDecisions implements RequestDecisions {

	private final EntityManager entityManager;

	private final RequestStore store;

	private final TownRegistry towns;

	private final AuditTrail audit;

	private final Clock clock;

	// the town's own wording of the letters (letter_template) over the shipped one
	private final TownLetterTemplates letters;

	private final ApplicationEventPublisher events;

	private final WorkingDayCalendar calendar;

	DefaultRequestDecisions(EntityManager entityManager, RequestStore store, TownRegistry towns, AuditTrail audit,
			Clock clock, TownLetterTemplates letters, ApplicationEventPublisher events, WorkingDayCalendar calendar) {
		this.entityManager = entityManager;
		this.calendar = calendar;
		this.events = events;
		this.letters = letters;
		this.store = store;
		this.towns = towns;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void propose(String trackingCode, Outcome outcome, String decisionText, String legalBasis, String officer) {
		Map<String, List<Object>> bad = new LinkedHashMap<>();
		String text = required(decisionText, 4000, "decisionText", bad);
		String basis = required(legalBasis, 500, "legalBasis", bad);
		if (!bad.isEmpty()) {
			throw RequestException.invalid(bad);
		}
		Row request = row(trackingCode, true);
		if (!RequestState.valueOf(request.state()).isOpen()) {
			throw RequestException.closed(trackingCode);
		}
		entityManager.createNativeQuery("""
				update disclosure_request set outcome = :outcome, decision_text = :text, legal_basis = :basis,
				    decided_by = :officer, decision_reviewer = null, updated_at = :now, version = version + 1
				where id = :id
				""")
			.setParameter("outcome", outcome.name())
			.setParameter("text", text)
			.setParameter("basis", basis)
			.setParameter("officer", officer)
			.setParameter("now", clock.instant())
			.setParameter("id", request.id())
			.executeUpdate();
		audit.record("request.decision-proposed", trackingCode, outcome.name());
	}

	@Override
	@Transactional
	public void approve(String trackingCode, String reviewer) {
		Row request = row(trackingCode, true);
		if (!RequestState.valueOf(request.state()).isOpen() || request.decidedBy() == null) {
			throw RequestException.noDecisionWaiting(trackingCode);
		}
		RequestState state = RequestState.valueOf(request.state());
		if (state == RequestState.CONSULTATION || state == RequestState.FEE_NOTICE_SENT) {
			// the third party's opinion or the fee decides what may be released
			throw RequestException.paused(trackingCode);
		}
		Instant now = clock.instant();
		LocalDate today = today();
		// the deadline as it stands (approving leaves due_on alone); none while the
		// clock is stopped for correction, when a decision cannot be late
		LocalDate dueOn = Rows
			.date(entityManager.createNativeQuery("select due_on from disclosure_request where id = :id")
				.setParameter("id", request.id())
				.getSingleResult());
		entityManager.createNativeQuery("""
				update disclosure_request set state = 'DECIDED', decision_reviewer = :reviewer, decided_on = :today,
				    updated_at = :now, version = version + 1
				where id = :id
				""")
			.setParameter("reviewer", reviewer)
			.setParameter("today", Date.valueOf(today))
			.setParameter("now", now)
			.setParameter("id", request.id())
			.executeUpdate();
		store.event(request.id(), "decided", now);
		audit.record("request.decided", trackingCode, request.outcome() + " (" + reviewer + ")");
		events.publishEvent(new RequestEvent.Decided(TenantContext.require(), trackingCode,
				Outcome.valueOf(Objects.requireNonNull(request.outcome())), today,
				dueOn == null || !today.isAfter(dueOn), workingDays(calendar, request.receivedOn(), today)));
	}

	@Override
	@Transactional
	public void delivered(String trackingCode, Delivery method, LocalDate on) {
		Row request = row(trackingCode, true);
		if (!RequestState.DECIDED.name().equals(request.state())) {
			throw RequestException.notDecided(trackingCode);
		}
		if (on.isAfter(today()) || on.isBefore(request.decidedOn())) {
			throw RequestException.invalid(Map.of("deliveredOn", List.of("delivery-date")));
		}
		Instant now = clock.instant();
		entityManager.createNativeQuery("""
				update disclosure_request set state = 'DELIVERED', delivery_method = :method, delivered_on = :on,
				    updated_at = :now, version = version + 1
				where id = :id
				""")
			.setParameter("method", method.name())
			.setParameter("on", Date.valueOf(on))
			.setParameter("now", now)
			.setParameter("id", request.id())
			.executeUpdate();
		store.event(request.id(), "delivered", now);
		audit.record("request.delivered", trackingCode, method + " " + on);
	}

	@Override
	@Transactional(readOnly = true)
	public ReplyLetter letter(String trackingCode) {
		Row request = row(trackingCode, false);
		if (request.decidedOn() == null || request.outcome() == null) {
			throw RequestException.notDecided(trackingCode);
		}
		var town = towns.require(TenantContext.require());
		String authority = town.authority();
		return new ReplyLetter(authority, trackingCode, request.receivedOn(), request.applicant(),
				request.description(), Outcome.valueOf(request.outcome()),
				Objects.requireNonNullElse(request.decisionText(), ""),
				Objects.requireNonNullElse(request.legalBasis(), ""), request.decidedOn(), null, null);
	}

	@Override
	@Transactional(readOnly = true)
	public byte[] letterDocx(String trackingCode) {
		return letters.renderer().docx(letter(trackingCode));
	}

	@Override
	@Transactional(readOnly = true)
	public byte[] letterPdf(String trackingCode) {
		return letters.renderer().pdf(letter(trackingCode));
	}

	private Row row(String trackingCode, boolean forChange) {
		List<?> rows = entityManager.createNativeQuery("""
				select id, state, outcome, decided_by, decided_on, received_on, coalesce(organization_name, name),
				       description, decision_text, legal_basis
				from disclosure_request where tracking_code = :code""" + (forChange ? " for update" : ""))
			.setParameter("code", trackingCode)
			.getResultList();
		if (rows.isEmpty()) {
			throw RequestException.notFound();
		}
		Object[] r = (Object[]) rows.get(0);
		return new Row((UUID) r[0], (String) r[1], (String) r[2], (String) r[3], Rows.date(r[4]), Rows.date(r[5]),
				(String) r[6], (String) r[7], (String) r[8], (String) r[9]);
	}

	private LocalDate today() {
		return ChinaTime.today(clock);
	}

	/**
	 * Working days after {@code from} up to and including {@code to}; 0 on the same day.
	 */
	static int workingDays(WorkingDayCalendar calendar, LocalDate from, LocalDate to) {
		int days = 0;
		for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
			if (calendar.isWorkingDay(day)) {
				days++;
			}
		}
		return days;
	}

	private static @Nullable String required(@Nullable String value, int max, String field,
			Map<String, List<Object>> bad) {
		String text = (value != null) ? value.strip() : "";
		if (text.isEmpty()) {
			bad.put(field, List.of("required"));
		}
		else if (text.length() > max) {
			bad.put(field, List.of("too-long", max, text.length()));
		}
		return text;
	}

	private record Row(UUID id, String state, @Nullable String outcome, @Nullable String decidedBy,
			@Nullable LocalDate decidedOn, LocalDate receivedOn, String applicant, String description,
			@Nullable String decisionText, @Nullable String legalBasis) {
	}

}
