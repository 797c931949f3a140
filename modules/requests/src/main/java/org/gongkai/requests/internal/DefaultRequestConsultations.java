package org.gongkai.requests.internal;

import java.sql.Date;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManager;

import org.gongkai.calendar.api.Deadline;
import org.gongkai.calendar.api.WorkingDayCalendar;
import org.gongkai.requests.api.ClockChange;
import org.gongkai.requests.api.Consultation;
import org.gongkai.requests.api.NewConsultation;
import org.gongkai.requests.api.RequestActionException;
import org.gongkai.requests.api.RequestClock;
import org.gongkai.requests.api.RequestConsultations;
import org.gongkai.requests.api.RequestException;
import org.gongkai.requests.api.RequestState;
import org.gongkai.tenancy.api.AuditTrail;
import org.gongkai.tenancy.api.TenantContext;
import org.gongkai.tenancy.api.TownRegistry;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class DefaultRequestConsultations implements RequestConsultations {

	/** Arts. 32 and 34: the consulted party answers within 15 working days. */
	static final int REPLY_WORKING_DAYS = 15;

	static final String WORDING = "letters/consultation.properties";

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)\\}");

	private static final String COLUMNS = """
			c.id, r.tracking_code, c.party, c.contact, c.question, c.sent_on, c.reply_due_on, c.reply_due_provisional,
			c.answered_on, c.answer, c.note, c.started_by, c.answered_by, c.created_at""";

	private final EntityManager entityManager;

	private final RequestClock requestClock;

	private final WorkingDayCalendar calendar;

	private final TownRegistry towns;

	private final AuditTrail audit;

	private final Clock clock;

	private final Map<String, String> wording = LetterTemplates.texts(WORDING);

	private final LetterRenderer letters = new LetterRenderer();

	DefaultRequestConsultations(EntityManager entityManager, RequestClock requestClock, WorkingDayCalendar calendar,
			TownRegistry towns, AuditTrail audit, Clock clock) {
		this.entityManager = entityManager;
		this.requestClock = requestClock;
		this.calendar = calendar;
		this.towns = towns;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	@Transactional
	public Consultation start(String trackingCode, NewConsultation consultation, String actor) {
		Map<String, List<Object>> bad = new LinkedHashMap<>();
		String party = required(consultation.party(), 200, "party", bad);
		String contact = required(consultation.contact(), 300, "contact", bad);
		String question = required(consultation.question(), 2000, "question", bad);
		LocalDate sentOn = consultation.sentOn();
		if (sentOn == null) {
			bad.put("sentOn", List.of("required"));
		}
		else if (sentOn.isAfter(today())) {
			bad.put("sentOn", List.of("future"));
		}
		if (!bad.isEmpty()) {
			throw RequestException.invalid(bad);
		}
		Objects.requireNonNull(sentOn);
		Request request = request(trackingCode);
		if (!RequestState.valueOf(request.state()).isOpen()) {
			throw RequestException.closed(trackingCode);
		}
		List<?> open = entityManager
			.createNativeQuery("select party from consultation where request_id = :id and answer is null")
			.setParameter("id", request.id())
			.getResultList();
		if (!open.isEmpty()) {
			throw RequestActionException.consultationOpen(trackingCode, (String) open.get(0));
		}
		// the clock refuses a pause it cannot take (before receipt, while stopped for
		// 补正…) and rolls the whole step back with it
		requestClock.record(trackingCode,
				new ClockChange(ClockChange.Kind.CONSULTATION_STARTED, sentOn, null, party, null, null), actor);
		Deadline replyDue = calendar.deadline(sentOn, REPLY_WORKING_DAYS);
		Number id = (Number) entityManager.createNativeQuery("""
				insert into consultation (request_id, party, contact, question, sent_on, reply_due_on,
				    reply_due_provisional, started_by, created_at)
				values (:request, :party, :contact, :question, :sentOn, :due, :provisional, :actor, :now)
				returning id
				""")
			.setParameter("request", request.id())
			.setParameter("party", party)
			.setParameter("contact", contact)
			.setParameter("question", question)
			.setParameter("sentOn", Date.valueOf(sentOn))
			.setParameter("due", Date.valueOf(replyDue.deadline()))
			.setParameter("provisional", replyDue.provisional())
			.setParameter("actor", actor)
			.setParameter("now", clock.instant())
			.getSingleResult();
		audit.record("request.consultation-letter", trackingCode,
				party + "，" + sentOn + " 发出，答复期限 " + replyDue.deadline());
		return get(trackingCode, id.longValue());
	}

	@Override
	@Transactional
	public Consultation answer(String trackingCode, long consultationId, Consultation.@Nullable Answer answer,
			@Nullable LocalDate answeredOn, @Nullable String note, String actor) {
		Consultation consultation = get(trackingCode, consultationId);
		Map<String, List<Object>> bad = new LinkedHashMap<>();
		if (answer == null) {
			bad.put("answer", List.of("required"));
		}
		String cleanNote = optional(note, 2000, "note", bad);
		LocalDate endedOn;
		if (answer == Consultation.Answer.NO_ANSWER) {
			// without an answer the consultation lasts the party's 15 working days, not
			// until someone notices: the office's own delay is not excluded time
			endedOn = consultation.replyDueOn();
		}
		else {
			endedOn = answeredOn;
			if (answeredOn == null) {
				bad.put("answeredOn", List.of("required"));
			}
			else if (answeredOn.isAfter(today())) {
				bad.put("answeredOn", List.of("future"));
			}
			else if (answeredOn.isBefore(consultation.sentOn())) {
				bad.put("answeredOn", List.of("before-sent", LetterTemplates.date(consultation.sentOn())));
			}
		}
		if (!bad.isEmpty()) {
			throw RequestException.invalid(bad);
		}
		Objects.requireNonNull(endedOn);
		if (!consultation.open()) {
			throw RequestActionException.consultationAnswered(consultation.party());
		}
		if (answer == Consultation.Answer.NO_ANSWER && !endedOn.isBefore(today())) {
			throw RequestActionException.replyNotYetDue(consultation.party(), LetterTemplates.date(endedOn));
		}
		requestClock.record(trackingCode,
				new ClockChange(ClockChange.Kind.CONSULTATION_ENDED, endedOn, null, null, null, null), actor);
		entityManager.createNativeQuery("""
				update consultation set answer = :answer, answered_on = :on, note = :note, answered_by = :actor
				where id = :id and answer is null
				""")
			.setParameter("answer", Objects.requireNonNull(answer).name())
			.setParameter("on", Date.valueOf(endedOn))
			.setParameter("note", cleanNote)
			.setParameter("actor", actor)
			.setParameter("id", consultationId)
			.executeUpdate();
		audit.record("request.consultation-answered", trackingCode,
				consultation.party() + "：" + answer.name() + " " + endedOn);
		return get(trackingCode, consultationId);
	}

	@Override
	@Transactional(readOnly = true)
	public List<Consultation> list(String trackingCode) {
		request(trackingCode);
		List<Consultation> found = new ArrayList<>();
		for (Object row : entityManager.createNativeQuery("select " + COLUMNS + """
				 from consultation c join disclosure_request r on r.id = c.request_id
				where r.tracking_code = :code order by c.id
				""").setParameter("code", trackingCode).getResultList()) {
			found.add(consultation((Object[]) row));
		}
		return found;
	}

	@Override
	@Transactional(readOnly = true)
	public Consultation get(String trackingCode, long consultationId) {
		List<?> rows = entityManager.createNativeQuery("select " + COLUMNS + """
				 from consultation c join disclosure_request r on r.id = c.request_id
				where r.tracking_code = :code and c.id = :id
				""").setParameter("code", trackingCode).setParameter("id", consultationId).getResultList();
		if (rows.isEmpty()) {
			request(trackingCode);
			throw RequestActionException.consultationNotFound(consultationId);
		}
		return consultation((Object[]) rows.get(0));
	}

	@Override
	@Transactional(readOnly = true)
	public byte[] letterDocx(String trackingCode, long consultationId) {
		return letters.docx(letter(trackingCode, consultationId));
	}

	@Override
	@Transactional(readOnly = true)
	public byte[] letterPdf(String trackingCode, long consultationId) {
		return letters.pdf(letter(trackingCode, consultationId));
	}

	/**
	 * The letter tells the party who asks (the office, not the applicant, whose identity
	 * is personal data), what information, by when to answer, and what silence means.
	 */
	Letter letter(String trackingCode, long consultationId) {
		Consultation consultation = get(trackingCode, consultationId);
		Request request = request(trackingCode);
		String authority = authority();
		Map<String, String> values = new HashMap<>();
		values.put("authority", authority);
		values.put("party", consultation.party());
		values.put("trackingCode", trackingCode);
		values.put("receivedOn", (request.receivedOn() != null) ? LetterTemplates.date(request.receivedOn()) : "");
		values.put("description", request.description());
		values.put("question", consultation.question());
		values.put("sentOn", LetterTemplates.date(consultation.sentOn()));
		values.put("replyDueOn", LetterTemplates.date(consultation.replyDueOn()));
		List<String> paragraphs = Arrays.stream(text("paragraphs").split(","))
			.map(String::strip)
			.map(key -> fill(text(key), values))
			.toList();
		return new Letter(null, text("title"), fill(text("salutation"), values), paragraphs, authority,
				consultation.sentOn());
	}

	private String authority() {
		var town = towns.require(TenantContext.require());
		return town.authority();
	}

	private Request request(String trackingCode) {
		List<?> rows = entityManager
			.createNativeQuery(
					"select id, state, received_on, description from disclosure_request where tracking_code = :code")
			.setParameter("code", trackingCode)
			.getResultList();
		if (rows.isEmpty()) {
			throw RequestException.notFound();
		}
		Object[] r = (Object[]) rows.get(0);
		return new Request((UUID) r[0], (String) r[1], Rows.date(r[2]), (String) r[3]);
	}

	private static Consultation consultation(Object[] r) {
		return new Consultation(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3], (String) r[4],
				Objects.requireNonNull(Rows.date(r[5])), Objects.requireNonNull(Rows.date(r[6])), (Boolean) r[7],
				Rows.date(r[8]), (r[9] != null) ? Consultation.Answer.valueOf((String) r[9]) : null, (String) r[10],
				(String) r[11], (String) r[12], Rows.instant(r[13]));
	}

	private String text(String key) {
		String text = this.wording.get(key);
		if (text == null) {
			throw new IllegalStateException("No text '" + key + "' in " + WORDING);
		}
		return text;
	}

	/** One pass, so braces the officer typed into the question are printed as typed. */
	private static String fill(String template, Map<String, String> values) {
		Matcher matcher = PLACEHOLDER.matcher(template);
		var result = new StringBuilder();
		while (matcher.find()) {
			String value = values.getOrDefault(matcher.group(1), matcher.group());
			matcher.appendReplacement(result, Matcher.quoteReplacement(value));
		}
		matcher.appendTail(result);
		return result.toString();
	}

	private LocalDate today() {
		return ChinaTime.today(clock);
	}

	private static String required(@Nullable String value, int max, String field, Map<String, List<Object>> bad) {
		String text = (value != null) ? value.strip() : "";
		if (text.isEmpty()) {
			bad.put(field, List.of("required"));
		}
		else if (text.length() > max) {
			bad.put(field, List.of("too-long", max, text.length()));
		}
		return text;
	}

	private static @Nullable String optional(@Nullable String value, int max, String field,
			Map<String, List<Object>> bad) {
		if (value == null || value.isBlank()) {
			return null;
		}
		return required(value, max, field, bad);
	}

	private record Request(UUID id, String state, @Nullable LocalDate receivedOn, String description) {
	}

}
