package org.gongkai.requests.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.gongkai.requests.api.IntakeChannel;
import org.gongkai.requests.api.NewRequest;
import org.gongkai.requests.api.RequestIntake;
import org.gongkai.requests.api.RequestReceipt;
import org.gongkai.requests.api.RequestState;
import org.gongkai.requests.api.RequestStatus;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class DefaultRequestIntake implements RequestIntake {

	private final EntityManager entityManager;

	private final RequestStore store;

	private final Clock clock;

	DefaultRequestIntake(EntityManager entityManager, RequestStore store, Clock clock) {
		this.entityManager = entityManager;
		this.store = store;
		this.clock = clock;
	}

	@Override
	@Transactional
	public RequestReceipt submit(NewRequest request, @Nullable String idempotencyKey) {
		Instant now = clock.instant();
		LocalDate today = LocalDate.ofInstant(now, ChinaTime.ZONE);
		NewRequest checked = RequestChecks.checked(request, today);
		String key = (idempotencyKey == null || idempotencyKey.isBlank()) ? null : idempotencyKey.strip();
		return store.insert(checked, IntakeChannel.ONLINE, today, now, key);
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
			.map(step -> new RequestStatus.Step((String) step[0], Rows.instant(step[1])))
			.toList();
		return Optional.of(new RequestStatus(trackingCode.strip().toUpperCase(Locale.ROOT),
				RequestState.valueOf((String) row[1]), Rows.date(row[2]), Rows.date(row[3]), timeline));
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<RequestReceipt> receipt(String trackingCode) {
		List<?> rows = entityManager.createNativeQuery("""
				select tracking_code, received_on, due_on, due_provisional from disclosure_request
				where tracking_code = :code
				""").setParameter("code", trackingCode.strip().toUpperCase(Locale.ROOT)).getResultList();
		return rows.stream()
			.map(Object[].class::cast)
			.map(row -> new RequestReceipt((String) row[0], Rows.date(row[1]), Rows.date(row[2]), (Boolean) row[3]))
			.findFirst();
	}

}
