package org.gongkai.requests.internal;

import java.sql.Date;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.gongkai.requests.api.ClockChange;
import org.gongkai.requests.api.ClockEvent;
import org.gongkai.requests.api.RequestClock;
import org.gongkai.requests.api.RequestDeadline;
import org.gongkai.requests.api.RequestEvent;
import org.gongkai.requests.api.RequestException;
import org.gongkai.requests.api.RequestState;
import org.gongkai.tenancy.api.AuditTrail;
import org.gongkai.tenancy.api.TenantContext;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class DefaultRequestClock implements RequestClock {

	private static final List<String> OPEN = Arrays.stream(RequestState.values())
		.filter(RequestState::isOpen)
		.map(Enum::name)
		.toList();

	private final EntityManager entityManager;

	private final DeadlineEngine engine;

	private final RequestStore store;

	private final AuditTrail audit;

	private final Clock clock;

	private final ApplicationEventPublisher publisher;

	DefaultRequestClock(EntityManager entityManager, DeadlineEngine engine, RequestStore store, AuditTrail audit,
			Clock clock, ApplicationEventPublisher events) {
		this.entityManager = entityManager;
		this.publisher = events;
		this.engine = engine;
		this.store = store;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	@Transactional
	public RequestDeadline record(String trackingCode, ClockChange change, String actor) {
		Stored request = find(trackingCode, true);
		if (!OPEN.contains(request.state())) {
			throw RequestException.closed(trackingCode);
		}
		List<ClockEvent> events = new ArrayList<>(request.events());
		events.add(event(change, actor));
		// the engine refuses what the regulation does not allow before anything is
		// written
		RequestDeadline deadline = engine.compute(events, today());
		Instant now = clock.instant();
		entityManager.createNativeQuery("""
				insert into clock_event (request_id, kind, on_date, until_date, working_days, party, reason,
				    approved_by, actor, recorded_at)
				values (:request, :kind, :on, :until, :days, :party, :reason, :approvedBy, :actor, :now)
				""")
			.setParameter("request", request.id())
			.setParameter("kind", change.kind().name())
			.setParameter("on", Date.valueOf(change.on()))
			.setParameter("until", (change.correctBy() != null) ? Date.valueOf(change.correctBy()) : null)
			.setParameter("days", change.workingDays())
			.setParameter("party", change.party())
			.setParameter("reason", change.reason())
			.setParameter("approvedBy", (change.kind() == ClockChange.Kind.EXTENDED) ? actor : null)
			.setParameter("actor", actor)
			.setParameter("now", now)
			.executeUpdate();
		store.event(request.id(), kindOf(change.kind()), now);
		update(request, deadline, events);
		audit.record("request." + kindOf(change.kind()), trackingCode,
				change.on() + ((deadline.dueOn() != null) ? " → " + deadline.dueOn() : ""));
		return deadline;
	}

	@Override
	@Transactional(readOnly = true)
	public RequestDeadline deadline(String trackingCode) {
		return engine.compute(find(trackingCode, false).events(), today());
	}

	@Override
	@Transactional
	public int redateOpenRequests() {
		List<?> codes = entityManager
			.createNativeQuery("select tracking_code from disclosure_request where state in (:open) order by 1")
			.setParameter("open", OPEN)
			.getResultList();
		int moved = 0;
		for (Object code : codes) {
			Stored request = find((String) code, true);
			RequestDeadline deadline = engine.compute(request.events(), today());
			if (!Objects.equals(deadline.dueOn(), request.dueOn())) {
				update(request, deadline, request.events());
				audit.record("request.redated", request.trackingCode(),
						"答复期限因节假日安排调整：" + request.dueOn() + " → " + deadline.dueOn());
				moved++;
			}
		}
		return moved;
	}

	private void update(Stored request, RequestDeadline deadline, List<ClockEvent> events) {
		String state;
		String outcome = null;
		if (deadline.lapsed()) {
			state = RequestState.CLOSED.name();
			outcome = Objects.requireNonNull(deadline.lapsedAs()).name();
		}
		else {
			state = switch (deadline.state()) {
				case STOPPED_FOR_CORRECTION -> RequestState.CORRECTION_REQUESTED.name();
				case PAUSED_FOR_CONSULTATION -> RequestState.CONSULTATION.name();
				case PAUSED_FOR_FEE -> RequestState.FEE_NOTICE_SENT.name();
				case RUNNING -> events.stream().anyMatch(ClockEvent.Extended.class::isInstance)
						? RequestState.EXTENDED.name() : RequestState.RECEIVED.name();
			};
		}
		entityManager.createNativeQuery("""
				update disclosure_request set state = :state, outcome = coalesce(:outcome, outcome), due_on = :due,
				    due_provisional = :provisional, updated_at = :now, version = version + 1
				where id = :id
				""")
			.setParameter("state", state)
			.setParameter("outcome", outcome)
			.setParameter("due", (deadline.dueOn() != null) ? Date.valueOf(deadline.dueOn()) : null)
			.setParameter("provisional", deadline.provisional())
			.setParameter("now", clock.instant())
			.setParameter("id", request.id())
			.executeUpdate();
		if (deadline.lapsed() && OPEN.contains(request.state())) {
			publisher.publishEvent(new RequestEvent.Lapsed(TenantContext.require(), request.trackingCode(),
					Objects.requireNonNull(deadline.lapsedAs()), Objects.requireNonNull(deadline.lapsedOn())));
		}
	}

	private Stored find(String trackingCode, boolean forUpdate) {
		List<?> rows = entityManager
			.createNativeQuery(
					"select id, received_on, state, due_on from disclosure_request where tracking_code = :code"
							+ (forUpdate ? " for update" : ""))
			.setParameter("code", trackingCode)
			.getResultList();
		if (rows.isEmpty()) {
			throw RequestException.notFound();
		}
		Object[] row = (Object[]) rows.get(0);
		UUID id = (UUID) row[0];
		List<ClockEvent> events = new ArrayList<>();
		events.add(new ClockEvent.Received(Objects.requireNonNull(Rows.date(row[1]))));
		for (Object stored : entityManager.createNativeQuery("""
				select kind, on_date, until_date, working_days, party, reason, approved_by
				from clock_event where request_id = :id order by id
				""").setParameter("id", id).getResultList()) {
			Object[] e = (Object[]) stored;
			events
				.add(event(
						new ClockChange(ClockChange.Kind.valueOf((String) e[0]),
								Objects.requireNonNull(Rows.date(e[1])), Rows.date(e[2]), (String) e[4],
								(e[3] != null) ? ((Number) e[3]).intValue() : null, (String) e[5]),
						(e[6] != null) ? (String) e[6] : ""));
		}
		return new Stored(id, trackingCode, (String) row[2], Rows.date(row[3]), events);
	}

	private static ClockEvent event(ClockChange change, String actor) {
		return switch (change.kind()) {
			case CORRECTION_REQUESTED ->
				new ClockEvent.CorrectionRequested(change.on(), required(change.correctBy(), "correctBy"));
			case CORRECTED -> new ClockEvent.Corrected(change.on());
			case CONSULTATION_STARTED ->
				new ClockEvent.ConsultationStarted(change.on(), required(change.party(), "party"));
			case CONSULTATION_ENDED -> new ClockEvent.ConsultationEnded(change.on());
			case EXTENDED -> new ClockEvent.Extended(change.on(), required(change.workingDays(), "workingDays"),
					required(change.reason(), "reason"), actor);
			case FEE_NOTICE_SENT -> new ClockEvent.FeeNoticeSent(change.on());
			case FEE_PAID -> new ClockEvent.FeePaid(change.on());
			case FEE_WAIVED -> new ClockEvent.FeeWaived(change.on());
		};
	}

	private static <T> T required(@Nullable T value, String field) {
		if (value == null || (value instanceof String text && text.isBlank())) {
			throw RequestException.invalid(Map.of(field, List.of("required")));
		}
		return value;
	}

	private static String kindOf(ClockChange.Kind kind) {
		return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	private LocalDate today() {
		return ChinaTime.today(clock);
	}

	private record Stored(UUID id, String trackingCode, String state, @Nullable LocalDate dueOn,
			List<ClockEvent> events) {
	}

}
