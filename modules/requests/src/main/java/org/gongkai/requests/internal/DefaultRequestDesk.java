package org.gongkai.requests.internal;

import java.sql.Date;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.gongkai.calendar.api.WorkingDayCalendar;
import org.gongkai.requests.api.ApplicantType;
import org.gongkai.requests.api.Delivery;
import org.gongkai.requests.api.InformationForm;
import org.gongkai.requests.api.IntakeChannel;
import org.gongkai.requests.api.NewRequest;
import org.gongkai.requests.api.Outcome;
import org.gongkai.requests.api.RequestDesk;
import org.gongkai.requests.api.RequestDetail;
import org.gongkai.requests.api.RequestException;
import org.gongkai.requests.api.RequestPage;
import org.gongkai.requests.api.RequestQuery;
import org.gongkai.requests.api.RequestReceipt;
import org.gongkai.requests.api.RequestState;
import org.gongkai.requests.api.RequestSummary;
import org.gongkai.tenancy.api.AuditTrail;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class DefaultRequestDesk implements RequestDesk {

	/** Due soon: this many working days or fewer left. */
	static final int DUE_SOON_WORKING_DAYS = 3;

	private static final String SUMMARY = """
			select tracking_code, channel, applicant_type, coalesce(organization_name, name), id_number, phone,
			       description, received_on, due_on, state, officer
			from disclosure_request""";

	private final EntityManager entityManager;

	private final RequestStore store;

	private final WorkingDayCalendar calendar;

	private final AuditTrail audit;

	private final Clock clock;

	DefaultRequestDesk(EntityManager entityManager, RequestStore store, WorkingDayCalendar calendar, AuditTrail audit,
			Clock clock) {
		this.entityManager = entityManager;
		this.store = store;
		this.calendar = calendar;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	@Transactional
	public RequestReceipt register(NewRequest request, IntakeChannel channel, LocalDate receivedOn) {
		Instant now = clock.instant();
		LocalDate today = LocalDate.ofInstant(now, ChinaTime.ZONE);
		Map<String, List<Object>> bad = new LinkedHashMap<>();
		if (channel == IntakeChannel.ONLINE) {
			bad.put("channel", List.of("offline-channel"));
		}
		if (receivedOn.isAfter(today)) {
			bad.put("receivedOn", List.of("future"));
		}
		NewRequest checked = RequestChecks.checked(request, today, bad);
		return store.insert(checked, channel, receivedOn, now, null);
	}

	@Override
	@Transactional(readOnly = true)
	public RequestPage inbox(RequestQuery query) {
		StringBuilder where = new StringBuilder(" where true");
		Map<String, Object> parameters = new LinkedHashMap<>();
		if (query.state() != null) {
			where.append(" and state = :state");
			parameters.put("state", query.state().name());
		}
		if (query.dueBy() != null) {
			where.append(" and due_on <= :dueBy");
			parameters.put("dueBy", Date.valueOf(query.dueBy()));
		}
		if (query.channel() != null) {
			where.append(" and channel = :channel");
			parameters.put("channel", query.channel().name());
		}
		if (query.officer() != null && !query.officer().isBlank()) {
			where.append(" and officer = :officer");
			parameters.put("officer", query.officer().strip());
		}
		Query rows = entityManager.createNativeQuery(SUMMARY + where + " order by due_on nulls last, tracking_code");
		Query count = entityManager.createNativeQuery("select count(*) from disclosure_request" + where);
		parameters.forEach((name, value) -> {
			rows.setParameter(name, value);
			count.setParameter(name, value);
		});
		List<RequestSummary> content = summaries(
				rows.setFirstResult(query.page() * query.size()).setMaxResults(query.size()).getResultList());
		return new RequestPage(content, query.page(), query.size(), ((Number) count.getSingleResult()).longValue());
	}

	@Override
	@Transactional
	public RequestSummary assign(String trackingCode, String officer) {
		if (officer == null || officer.isBlank() || officer.length() > 100) {
			throw RequestException.invalid(Map.of("officer", List.of("required")));
		}
		int updated = entityManager
			.createNativeQuery(
					"update disclosure_request set officer = :officer, updated_at = :now, version = version + 1"
							+ " where tracking_code = :code")
			.setParameter("officer", officer.strip())
			.setParameter("now", clock.instant())
			.setParameter("code", trackingCode)
			.executeUpdate();
		if (updated == 0) {
			throw RequestException.notFound();
		}
		audit.record("request.assigned", trackingCode, officer.strip());
		return summaries(entityManager.createNativeQuery(SUMMARY + " where tracking_code = :code")
			.setParameter("code", trackingCode)
			.getResultList()).get(0);
	}

	@Override
	@Transactional(readOnly = true)
	public RequestDetail detail(String trackingCode) {
		List<?> rows = entityManager.createNativeQuery("""
				select id, tracking_code, channel, applicant_type, name, id_number, organization_name, credit_code,
				       phone, email, address, description, information_form, delivery, submitted_at, received_on,
				       due_on, state, officer, outcome, decision_text, legal_basis, decided_by, decision_reviewer,
				       decided_on, delivery_method, delivered_on
				from disclosure_request where tracking_code = :code
				""").setParameter("code", trackingCode).getResultList();
		if (rows.isEmpty()) {
			throw RequestException.notFound();
		}
		Object[] row = (Object[]) rows.get(0);
		List<RequestDetail.Event> timeline = new ArrayList<>();
		for (Object event : entityManager
			.createNativeQuery("select kind, happened_at, actor, detail from request_event where request_id = :id"
					+ " order by happened_at, id")
			.setParameter("id", row[0])
			.getResultList()) {
			Object[] columns = (Object[]) event;
			timeline.add(new RequestDetail.Event((String) columns[0], Rows.instant(columns[1]), (String) columns[2],
					(String) columns[3]));
		}
		return new RequestDetail((String) row[1], IntakeChannel.valueOf((String) row[2]),
				ApplicantType.valueOf((String) row[3]), (String) row[4], (String) row[5], (String) row[6],
				(String) row[7], (String) row[8], (String) row[9], (String) row[10], (String) row[11],
				InformationForm.valueOf((String) row[12]), Delivery.valueOf((String) row[13]), Rows.instant(row[14]),
				Rows.date(row[15]), Rows.date(row[16]), RequestState.valueOf((String) row[17]), (String) row[18],
				(row[19] != null) ? Outcome.valueOf((String) row[19]) : null, (String) row[20], (String) row[21],
				(String) row[22], (String) row[23], Rows.date(row[24]),
				(row[25] != null) ? Delivery.valueOf((String) row[25]) : null, Rows.date(row[26]), timeline);
	}

	private List<RequestSummary> summaries(List<?> rows) {
		LocalDate today = ChinaTime.today(clock);
		LocalDate soon = calendar.deadline(today, DUE_SOON_WORKING_DAYS).deadline();
		List<RequestSummary> content = new ArrayList<>();
		for (Object row : rows) {
			content.add(summary((Object[]) row, today, soon));
		}
		return content;
	}

	private static RequestSummary summary(Object[] row, LocalDate today, LocalDate soon) {
		RequestState state = RequestState.valueOf((String) row[9]);
		LocalDate due = Rows.date(row[8]);
		boolean open = state.isOpen();
		boolean overdue = open && due != null && due.isBefore(today);
		boolean dueSoon = open && !overdue && due != null && !due.isAfter(soon);
		return new RequestSummary((String) row[0], IntakeChannel.valueOf((String) row[1]),
				ApplicantType.valueOf((String) row[2]), (String) row[3], (String) row[4], (String) row[5],
				(String) row[6], Rows.date(row[7]), due, state, (String) row[10], dueSoon, overdue);
	}

}
