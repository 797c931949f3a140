package org.gongkai.requests.internal;

import java.security.SecureRandom;
import java.sql.Date;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.gongkai.calendar.api.Deadline;
import org.gongkai.calendar.api.WorkingDayCalendar;
import org.gongkai.requests.api.IntakeChannel;
import org.gongkai.requests.api.NewRequest;
import org.gongkai.requests.api.RequestIntake;
import org.gongkai.requests.api.RequestReceipt;
import org.gongkai.requests.api.RequestState;
import org.gongkai.requests.api.RequestStatus;
import org.gongkai.tenancy.api.AuditTrail;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class DefaultRequestIntake implements RequestIntake {

	/** Regulation art. 33: a reply within 20 working days of receipt. */
	static final int REPLY_WORKING_DAYS = 20;

	/** Receipt dates are Chinese dates, whatever zone the server runs in. */
	static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	/** No 0/O, 1/I/L: codes are read out on the telephone and copied by hand. */
	private static final String CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

	private final SecureRandom random = new SecureRandom();

	private final EntityManager entityManager;

	private final WorkingDayCalendar calendar;

	private final AuditTrail audit;

	private final Clock clock;

	DefaultRequestIntake(EntityManager entityManager, WorkingDayCalendar calendar, AuditTrail audit, Clock clock) {
		this.entityManager = entityManager;
		this.calendar = calendar;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	@Transactional
	public RequestReceipt submit(NewRequest request, @Nullable String idempotencyKey) {
		Instant now = clock.instant();
		LocalDate today = LocalDate.ofInstant(now, CHINA);
		NewRequest checked = RequestChecks.checked(request, today);
		String key = (idempotencyKey == null || idempotencyKey.isBlank()) ? null : idempotencyKey.strip();
		Deadline due = calendar.deadline(today, REPLY_WORKING_DAYS);
		for (int attempt = 0; attempt < 3; attempt++) {
			Optional<RequestReceipt> earlier = (key != null) ? byKey(key) : Optional.empty();
			if (earlier.isPresent()) {
				return earlier.get();
			}
			String code = trackingCode();
			UUID id = UUID.randomUUID();
			// a concurrent submission with the same key makes this insert wait for it,
			// then
			// do nothing; the loop then answers with the request that one stored
			int inserted = entityManager.createNativeQuery("""
					insert into disclosure_request (id, tracking_code, idempotency_key, channel, applicant_type, name,
					    id_number, organization_name, credit_code, phone, email, address, description,
					    information_form, delivery, submitted_at, received_on, due_on, due_provisional, state,
					    created_at, updated_at)
					values (:id, :code, :key, :channel, :type, :name, :idNumber, :organizationName, :creditCode,
					    :phone, :email, :address, :description, :form, :delivery, :now, :receivedOn, :dueOn,
					    :provisional, :state, :now, :now)
					on conflict do nothing
					""")
				.setParameter("id", id)
				.setParameter("code", code)
				.setParameter("key", key)
				.setParameter("channel", IntakeChannel.ONLINE.name())
				.setParameter("type", checked.applicantType().name())
				.setParameter("name", checked.name())
				.setParameter("idNumber", checked.idNumber())
				.setParameter("organizationName", checked.organizationName())
				.setParameter("creditCode", checked.creditCode())
				.setParameter("phone", checked.phone())
				.setParameter("email", checked.email())
				.setParameter("address", checked.address())
				.setParameter("description", checked.description())
				.setParameter("form", checked.form().name())
				.setParameter("delivery", checked.delivery().name())
				.setParameter("now", now)
				.setParameter("receivedOn", Date.valueOf(today))
				.setParameter("dueOn", Date.valueOf(due.deadline()))
				.setParameter("provisional", due.provisional())
				.setParameter("state", RequestState.RECEIVED.name())
				.executeUpdate();
			if (inserted == 1) {
				event(id, "submitted", now);
				event(id, "received", now);
				audit.record("request.received", code, IntakeChannel.ONLINE.name());
				return new RequestReceipt(code, today, due.deadline(), due.provisional());
			}
		}
		throw new IllegalStateException("No tracking code could be given after three attempts");
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<RequestStatus> status(String trackingCode, String phoneLast4) {
		List<?> rows = entityManager.createNativeQuery("""
				select id, state, received_on, due_on, phone from disclosure_request where tracking_code = :code
				""").setParameter("code", trackingCode.strip().toUpperCase(Locale.ROOT)).getResultList();
		if (rows.isEmpty()) {
			return Optional.empty();
		}
		Object[] row = (Object[]) rows.get(0);
		String phone = (String) row[4];
		if (phoneLast4.length() != 4 || !phone.endsWith(phoneLast4)) {
			return Optional.empty();
		}
		List<?> steps = entityManager.createNativeQuery("""
				select kind, happened_at from request_event where request_id = :id order by happened_at, id
				""").setParameter("id", row[0]).getResultList();
		List<RequestStatus.Step> timeline = steps.stream()
			.map(Object[].class::cast)
			.map(step -> new RequestStatus.Step((String) step[0], instant(step[1])))
			.toList();
		return Optional.of(new RequestStatus(trackingCode.strip().toUpperCase(Locale.ROOT),
				RequestState.valueOf((String) row[1]), localDate(row[2]), localDate(row[3]), timeline));
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<RequestReceipt> receipt(String trackingCode) {
		List<?> rows = entityManager.createNativeQuery("""
				select tracking_code, received_on, due_on, due_provisional from disclosure_request
				where tracking_code = :code
				""").setParameter("code", trackingCode.strip().toUpperCase(Locale.ROOT)).getResultList();
		return receipts(rows);
	}

	private Optional<RequestReceipt> byKey(String key) {
		List<?> rows = entityManager.createNativeQuery("""
				select tracking_code, received_on, due_on, due_provisional from disclosure_request
				where idempotency_key = :key
				""").setParameter("key", key).getResultList();
		return receipts(rows);
	}

	private static Optional<RequestReceipt> receipts(List<?> rows) {
		return rows.stream()
			.map(Object[].class::cast)
			.map(row -> new RequestReceipt((String) row[0], localDate(row[1]), localDate(row[2]), (Boolean) row[3]))
			.findFirst();
	}

	private void event(UUID request, String kind, Instant at) {
		entityManager.createNativeQuery("""
				insert into request_event (request_id, kind, happened_at, actor) values (:request, :kind, :at, :actor)
				""")
			.setParameter("request", request)
			.setParameter("kind", kind)
			.setParameter("at", at)
			.setParameter("actor", audit.actor())
			.executeUpdate();
	}

	private String trackingCode() {
		StringBuilder code = new StringBuilder(14);
		for (int i = 0; i < 12; i++) {
			if (i == 4 || i == 8) {
				code.append('-');
			}
			code.append(CODE_ALPHABET.charAt(random.nextInt(CODE_ALPHABET.length())));
		}
		return code.toString();
	}

	private static LocalDate localDate(Object value) {
		return (value instanceof Date date) ? date.toLocalDate() : (LocalDate) value;
	}

	private static Instant instant(Object value) {
		return (value instanceof java.sql.Timestamp timestamp) ? timestamp.toInstant()
				: (value instanceof java.time.OffsetDateTime offset) ? offset.toInstant() : (Instant) value;
	}

}
