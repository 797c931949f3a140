package org.gongkai.requests.internal;

import java.security.SecureRandom;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.gongkai.calendar.api.Deadline;
import org.gongkai.calendar.api.WorkingDayCalendar;
import org.gongkai.requests.api.IntakeChannel;
import org.gongkai.requests.api.NewRequest;
import org.gongkai.requests.api.RequestEvent;
import org.gongkai.requests.api.RequestReceipt;
import org.gongkai.requests.api.RequestState;
import org.gongkai.tenancy.api.AuditTrail;
import org.gongkai.tenancy.api.TenantContext;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Writes requests and their timeline; callers hold the transaction. A checked application
 * becomes a request with a tracking code and its first deadline, once per idempotency
 * key.
 */
@Component
class RequestStore {

	/** Regulation art. 33: a reply within 20 working days of receipt. */
	static final int REPLY_WORKING_DAYS = 20;

	/** No 0/O, 1/I/L: codes are read out on the telephone and copied by hand. */
	private static final String CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

	private final SecureRandom random = new SecureRandom();

	private final EntityManager entityManager;

	private final WorkingDayCalendar calendar;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	RequestStore(EntityManager entityManager, WorkingDayCalendar calendar, AuditTrail audit,
			ApplicationEventPublisher events) {
		this.entityManager = entityManager;
		this.calendar = calendar;
		this.audit = audit;
		this.events = events;
	}

	RequestReceipt insert(NewRequest checked, IntakeChannel channel, LocalDate receivedOn, Instant now,
			@Nullable String key) {
		Deadline due = calendar.deadline(receivedOn, REPLY_WORKING_DAYS);
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
				.setParameter("channel", channel.name())
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
				.setParameter("receivedOn", Date.valueOf(receivedOn))
				.setParameter("dueOn", Date.valueOf(due.deadline()))
				.setParameter("provisional", due.provisional())
				.setParameter("state", RequestState.RECEIVED.name())
				.executeUpdate();
			if (inserted == 1) {
				if (channel == IntakeChannel.ONLINE) {
					event(id, "submitted", now);
				}
				event(id, "received", now);
				audit.record("request.received", code, channel.name() + " " + receivedOn);
				events.publishEvent(new RequestEvent.Received(TenantContext.require(), code, channel, receivedOn));
				return new RequestReceipt(code, receivedOn, due.deadline(), due.provisional());
			}
		}
		throw new IllegalStateException("No tracking code could be given after three attempts");
	}

	void event(UUID request, String kind, Instant at) {
		entityManager.createNativeQuery("""
				insert into request_event (request_id, kind, happened_at, actor) values (:request, :kind, :at, :actor)
				""")
			.setParameter("request", request)
			.setParameter("kind", kind)
			.setParameter("at", at)
			.setParameter("actor", audit.actor())
			.executeUpdate();
	}

	private Optional<RequestReceipt> byKey(String key) {
		List<?> rows = entityManager.createNativeQuery("""
				select tracking_code, received_on, due_on, due_provisional from disclosure_request
				where idempotency_key = :key
				""").setParameter("key", key).getResultList();
		return rows.stream()
			.map(Object[].class::cast)
			.map(row -> new RequestReceipt((String) row[0], Rows.date(row[1]), Rows.date(row[2]), (Boolean) row[3]))
			.findFirst();
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

}
