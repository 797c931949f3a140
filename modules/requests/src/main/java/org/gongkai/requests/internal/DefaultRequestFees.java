package org.gongkai.requests.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.gongkai.requests.api.ClockChange;
import org.gongkai.requests.api.Fee;
import org.gongkai.requests.api.Fee.Band;
import org.gongkai.requests.api.FeeMethod;
import org.gongkai.requests.api.FeeNotice;
import org.gongkai.requests.api.FeeNoticeException;
import org.gongkai.requests.api.FeesCollected;
import org.gongkai.requests.api.Outcome;
import org.gongkai.requests.api.RequestClock;
import org.gongkai.requests.api.RequestDeadline;
import org.gongkai.requests.api.RequestEvent;
import org.gongkai.requests.api.RequestException;
import org.gongkai.requests.api.RequestFees;
import org.gongkai.requests.api.RequestState;
import org.gongkai.tenancy.api.AuditTrail;
import org.gongkai.tenancy.api.TenantContext;
import org.gongkai.tenancy.api.Tenants;
import org.gongkai.tenancy.api.TownRegistry;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fees on stored requests: the arithmetic is {@link FeeCalculator}'s, the effect on the
 * deadline is the {@link DeadlineEngine}'s (reached through {@link RequestClock}, so a
 * notice, a payment or a waiver moves the deadline exactly as any other clock step), and
 * this class keeps the notices and their bands as they were sent.
 */
@Service
class DefaultRequestFees implements RequestFees {

	static final String LETTER_TEXTS = "letters/fee-notice.properties";

	private static final List<String> OPEN = Arrays.stream(RequestState.values())
		.filter(RequestState::isOpen)
		.map(Enum::name)
		.toList();

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)\\}");

	/** Letters are official Chinese documents whatever the reader's language. */
	private static final Locale LETTER_LOCALE = Locale.SIMPLIFIED_CHINESE;

	private final EntityManager entityManager;

	private final FeeCalculator calculator;

	private final RequestClock requestClock;

	private final RequestStore store;

	private final TownRegistry towns;

	private final AuditTrail audit;

	private final MessageSource messages;

	private final DeadlineSettings settings;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final LetterRenderer letters = new LetterRenderer();

	private final Map<String, String> letterTexts = LetterTemplates.texts(LETTER_TEXTS);

	DefaultRequestFees(EntityManager entityManager, FeeCalculator calculator, RequestClock requestClock,
			RequestStore store, TownRegistry towns, AuditTrail audit, MessageSource messages, DeadlineSettings settings,
			Clock clock, ApplicationEventPublisher events) {
		this.entityManager = entityManager;
		this.events = events;
		this.calculator = calculator;
		this.requestClock = requestClock;
		this.store = store;
		this.towns = towns;
		this.audit = audit;
		this.messages = messages;
		this.settings = settings;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public Fee quote(String trackingCode, @Nullable FeeMethod method, @Nullable Integer pages) {
		Map<String, List<Object>> bad = new LinkedHashMap<>();
		checkUnits(method, pages, bad);
		refuseIfAny(bad);
		return price(request(trackingCode, false), Objects.requireNonNull(method), pages).fee();
	}

	@Override
	@Transactional
	public FeeNotice notice(String trackingCode, @Nullable FeeMethod method, @Nullable Integer pages,
			@Nullable LocalDate sentOn, String actor) {
		Map<String, List<Object>> bad = new LinkedHashMap<>();
		checkUnits(method, pages, bad);
		checkDate("sentOn", sentOn, null, bad);
		refuseIfAny(bad);
		Stored request = request(trackingCode, true);
		if (!request.open()) {
			throw RequestException.closed(trackingCode);
		}
		Optional<NoticeRow> open = notices(request.id()).stream()
			.filter(notice -> notice.state() == FeeNotice.State.NOTICE_SENT)
			.findFirst();
		if (open.isPresent()) {
			throw FeeNoticeException.alreadyOpen(trackingCode, open.get().sentOn(), open.get().payBy());
		}
		LocalDate on = Objects.requireNonNull(sentOn);
		if (request.receivedOn() != null && on.isBefore(request.receivedOn())) {
			bad.put("sentOn", List.of("fee-before", request.receivedOn()));
		}
		Priced priced = price(request, Objects.requireNonNull(method), pages);
		if (priced.fee().free()) {
			// no notice for nothing: the applicant would be told to pay 0 元
			bad.put((method == FeeMethod.PER_PAGE) ? "pages" : "method",
					(method == FeeMethod.PER_PAGE) ? List.of("fee-free-pages", Objects.requireNonNull(pages))
							: List.of("fee-free-request", Objects.requireNonNull(priced.nthRequestOfMonth())));
		}
		refuseIfAny(bad);

		RequestDeadline deadline = requestClock.record(trackingCode,
				new ClockChange(ClockChange.Kind.FEE_NOTICE_SENT, on, null, null, null, null), actor);
		LocalDate payBy = Objects.requireNonNull(deadline.feeDueOn(), "the engine gives a fee notice its due date");
		boolean lapsed = deadline.lapsedAs() == Outcome.OTHER_FEE_UNPAID;
		Instant now = clock.instant();
		long id = ((Number) entityManager
			.createNativeQuery(
					"""
							insert into fee_notice (request_id, method, pages, nth_request, amount, sent_on, pay_by, state,
							    lapsed_on, sent_by, created_at, updated_at)
							values (:request, :method, :pages, :nth, :amount, :sentOn, :payBy, :state, :lapsedOn, :actor, :now, :now)
							returning id
							""")
			.setParameter("request", request.id())
			.setParameter("method", method.name())
			.setParameter("pages", priced.pages())
			.setParameter("nth", priced.nthRequestOfMonth())
			.setParameter("amount", priced.fee().amount())
			.setParameter("sentOn", Date.valueOf(on))
			.setParameter("payBy", Date.valueOf(payBy))
			.setParameter("state", lapsed ? FeeNotice.State.LAPSED.name() : FeeNotice.State.NOTICE_SENT.name())
			.setParameter("lapsedOn", lapsed ? Date.valueOf(Objects.requireNonNull(deadline.lapsedOn())) : null)
			.setParameter("actor", actor)
			.setParameter("now", now)
			.getSingleResult()).longValue();
		List<Band> bands = priced.fee().bands();
		for (int position = 0; position < bands.size(); position++) {
			Band band = bands.get(position);
			entityManager.createNativeQuery("""
					insert into fee_notice_band (notice_id, position, from_unit, to_unit, units, unit_price, subtotal)
					values (:notice, :position, :from, :to, :units, :price, :subtotal)
					""")
				.setParameter("notice", id)
				.setParameter("position", position)
				.setParameter("from", band.from())
				.setParameter("to", band.to())
				.setParameter("units", band.count())
				.setParameter("price", band.unitPrice())
				.setParameter("subtotal", band.subtotal())
				.executeUpdate();
		}
		audit.record("request.fee-notice", trackingCode,
				method + " " + units(priced) + "：" + priced.fee().amount() + " 元，缴费期限 " + payBy);
		if (lapsed) {
			// a notice recorded late whose period has already ended: the clock closed
			// the request with it
			store.event(request.id(), "fee-lapsed", now);
			audit.record("request.fee-notice-lapsed", trackingCode, "缴费期限 " + payBy + " 届满未缴费");
		}
		return notice(trackingCode, id);
	}

	@Override
	@Transactional
	public FeeNotice paid(String trackingCode, @Nullable LocalDate paidOn, String actor) {
		return settle(trackingCode, paidOn, null, actor);
	}

	@Override
	@Transactional
	public FeeNotice waived(String trackingCode, @Nullable LocalDate waivedOn, @Nullable String reason, String actor) {
		return settle(trackingCode, waivedOn, (reason != null) ? reason : "", actor);
	}

	/** A payment, or a waiver when {@code reason} is given. */
	private FeeNotice settle(String trackingCode, @Nullable LocalDate on, @Nullable String reason, String actor) {
		boolean waiver = reason != null;
		Stored request = request(trackingCode, true);
		NoticeRow open = notices(request.id()).stream()
			.filter(notice -> notice.state() == FeeNotice.State.NOTICE_SENT)
			.findFirst()
			.orElseThrow(() -> FeeNoticeException.noneOpen(trackingCode));
		Map<String, List<Object>> bad = new LinkedHashMap<>();
		String field = waiver ? "waivedOn" : "paidOn";
		checkDate(field, on, open.sentOn(), bad);
		String why = null;
		if (waiver) {
			why = reason.strip();
			if (why.isEmpty()) {
				bad.put("waiverReason", List.of("required"));
			}
			else if (why.length() > 500) {
				bad.put("waiverReason", List.of("too-long", 500, why.length()));
			}
		}
		refuseIfAny(bad);
		LocalDate day = Objects.requireNonNull(on);
		RequestDeadline deadline = requestClock.record(trackingCode, new ClockChange(
				waiver ? ClockChange.Kind.FEE_WAIVED : ClockChange.Kind.FEE_PAID, day, null, null, null, null), actor);
		entityManager.createNativeQuery("""
				update fee_notice set state = :state, paid_on = :paidOn, waived_on = :waivedOn, waiver_reason = :reason,
				    settled_by = :actor, updated_at = :now
				where id = :id
				""")
			.setParameter("state", waiver ? FeeNotice.State.WAIVED.name() : FeeNotice.State.PAID.name())
			.setParameter("paidOn", waiver ? null : Date.valueOf(day))
			.setParameter("waivedOn", waiver ? Date.valueOf(day) : null)
			.setParameter("reason", why)
			.setParameter("actor", actor)
			.setParameter("now", clock.instant())
			.setParameter("id", open.id())
			.executeUpdate();
		audit.record(waiver ? "request.fee-notice-waived" : "request.fee-notice-paid", trackingCode,
				open.fee().amount() + " 元 " + day + ((deadline.dueOn() != null) ? "，答复期限 " + deadline.dueOn() : "")
						+ (waiver ? "；理由：" + why : ""));
		return notice(trackingCode, open.id());
	}

	@Override
	@Transactional(readOnly = true)
	public List<FeeNotice> notices(String trackingCode) {
		Stored request = request(trackingCode, false);
		List<NoticeRow> rows = notices(request.id());
		List<FeeNotice> notices = new ArrayList<>(rows.size());
		for (NoticeRow row : rows) {
			notices.add(view(request, row));
		}
		return notices;
	}

	@Override
	@Transactional(readOnly = true)
	public FeesCollected collected(int year) {
		Object[] row = (Object[]) entityManager.createNativeQuery("""
				select count(*), coalesce(sum(amount), 0) from fee_notice
				where state = 'PAID' and paid_on >= :from and paid_on < :to
				""")
			.setParameter("from", Date.valueOf(LocalDate.of(year, 1, 1)))
			.setParameter("to", Date.valueOf(LocalDate.of(year + 1, 1, 1)))
			.getSingleResult();
		return new FeesCollected(year, ((Number) row[0]).intValue(), ((BigDecimal) row[1]).setScale(2));
	}

	@Override
	@Transactional(readOnly = true)
	public byte[] noticeDocx(String trackingCode) {
		return letters.docx(letter(trackingCode));
	}

	@Override
	@Transactional(readOnly = true)
	public byte[] noticePdf(String trackingCode) {
		return letters.pdf(letter(trackingCode));
	}

	@Override
	@Transactional
	public int closeLapsed() {
		// sent before today: a notice sent today cannot have lapsed; the engine decides
		// for the others, since a calendar change may have moved their period
		List<?> candidates = entityManager.createNativeQuery("""
				select r.tracking_code, n.id from fee_notice n join disclosure_request r on r.id = n.request_id
				where n.state = 'NOTICE_SENT' and r.state in (:open) and n.sent_on < :today
				order by n.id
				""").setParameter("open", OPEN).setParameter("today", Date.valueOf(today())).getResultList();
		int closed = 0;
		for (Object candidate : candidates) {
			Object[] row = (Object[]) candidate;
			String trackingCode = (String) row[0];
			RequestDeadline deadline = requestClock.deadline(trackingCode);
			if (deadline.lapsedAs() != Outcome.OTHER_FEE_UNPAID) {
				continue;
			}
			Stored request = request(trackingCode, true);
			int marked = entityManager.createNativeQuery("""
					update fee_notice set state = 'LAPSED', lapsed_on = :lapsedOn, updated_at = :now
					where id = :id and state = 'NOTICE_SENT'
					""")
				.setParameter("lapsedOn", Date.valueOf(Objects.requireNonNull(deadline.lapsedOn())))
				.setParameter("now", clock.instant())
				.setParameter("id", ((Number) row[1]).longValue())
				.executeUpdate();
			if (marked == 0 || !request.open()) {
				// another replica's run got there first
				continue;
			}
			Instant now = clock.instant();
			entityManager
				.createNativeQuery(
						"""
								update disclosure_request set state = 'CLOSED', outcome = :outcome, due_on = null, updated_at = :now,
								    version = version + 1
								where id = :id
								""")
				.setParameter("outcome", Outcome.OTHER_FEE_UNPAID.name())
				.setParameter("now", now)
				.setParameter("id", request.id())
				.executeUpdate();
			store.event(request.id(), "fee-lapsed", now);
			audit.record("request.fee-notice-lapsed", trackingCode, "缴费期限 " + deadline.feeDueOn() + " 届满未缴费");
			events.publishEvent(new RequestEvent.Lapsed(TenantContext.require(), trackingCode, Outcome.OTHER_FEE_UNPAID,
					Objects.requireNonNull(deadline.lapsedOn())));
			closed++;
		}
		return closed;
	}

	/**
	 * The notice as staff see it: an unpaid notice whose period the engine says has ended
	 * shows as lapsed (with the pay-by date as the calendar has it now) before the watch
	 * closes the request.
	 */
	private FeeNotice view(Stored request, NoticeRow row) {
		FeeNotice.State state = row.state();
		LocalDate payBy = row.payBy();
		LocalDate settledOn = row.settledOn();
		if (state == FeeNotice.State.NOTICE_SENT && request.open()) {
			RequestDeadline deadline = requestClock.deadline(request.trackingCode());
			if (deadline.feeDueOn() != null) {
				payBy = deadline.feeDueOn();
			}
			if (deadline.lapsedAs() == Outcome.OTHER_FEE_UNPAID) {
				state = FeeNotice.State.LAPSED;
				settledOn = deadline.lapsedOn();
			}
		}
		return new FeeNotice(row.id(), request.trackingCode(), row.fee().method(), row.nthRequestOfMonth(), row.pages(),
				row.fee(), row.sentOn(), payBy, state, settledOn, row.waiverReason(), row.sentBy(), row.settledBy());
	}

	private FeeNotice notice(String trackingCode, long id) {
		Stored request = request(trackingCode, false);
		return notices(request.id()).stream()
			.filter(notice -> notice.id() == id)
			.map(notice -> view(request, notice))
			.findFirst()
			.orElseThrow();
	}

	private Letter letter(String trackingCode) {
		Stored request = request(trackingCode, false);
		List<NoticeRow> rows = notices(request.id());
		if (rows.isEmpty()) {
			throw FeeNoticeException.none(trackingCode);
		}
		NoticeRow notice = rows.get(rows.size() - 1);
		Fee fee = notice.fee();
		var town = towns.require(TenantContext.require());
		String authority = town.authority();
		Map<String, String> values = new HashMap<>();
		values.put("applicant", request.applicant());
		values.put("trackingCode", trackingCode);
		values.put("receivedOn",
				(request.receivedOn() != null) ? LetterTemplates.date(request.receivedOn()) : "{receivedOn}");
		values.put("description", request.description());
		values.put("method", message("requests.fee.method." + fee.method()));
		values.put("sentOn", LetterTemplates.date(notice.sentOn()));
		values.put("payBy", LetterTemplates.date(notice.payBy()));
		values.put("authority", authority);

		List<String> paragraphs = new ArrayList<>();
		paragraphs.add(letterText("intro", values));
		paragraphs.add(message("requests.fee.basis.statement"));
		paragraphs.add(letterText("method", values));
		for (int line = 1;; line++) {
			String standard = messages.getMessage("requests.fee.standard." + fee.method() + "." + line, null, null,
					LETTER_LOCALE);
			if (standard == null) {
				break;
			}
			paragraphs.add(standard);
		}
		paragraphs.add(message("requests.fee.progressive"));
		paragraphs.add((fee.method() == FeeMethod.PER_REQUEST)
				? message("requests.fee.nth-request", notice.nthRequestOfMonth())
				: message("requests.fee.pages", notice.pages()));
		paragraphs.add(letterText("breakdown", values));
		for (Band band : fee.bands()) {
			paragraphs.add(message("requests.fee.band." + fee.method() + (band.free() ? ".free" : ""), band.from(),
					band.to(), band.count(), band.unitPrice(), band.subtotal()));
		}
		paragraphs.add(message("requests.fee.amount", fee.amount()));
		paragraphs.add(letterText("payment", values));
		paragraphs.add(letterText("how-to-pay", values));
		paragraphs.add(letterText(settings.feeNoticePausesClock() ? "clock.paused" : "clock.running", values));
		paragraphs.add(letterText("consequence", values));
		return new Letter(null, letterText("title", values), letterText("salutation", values), paragraphs, authority,
				notice.sentOn());
	}

	private String message(String code, @Nullable Object... arguments) {
		return messages.getMessage(code, arguments, LETTER_LOCALE);
	}

	/**
	 * Replaces known placeholders and leaves unknown ones visible, as the reply letters
	 * do; not MessageFormat, whose quoting would eat apostrophes a town types.
	 */
	private String letterText(String key, Map<String, String> values) {
		String template = letterTexts.get(key);
		if (template == null) {
			throw new IllegalStateException("No letter text '" + key + "' in " + LETTER_TEXTS);
		}
		Matcher matcher = PLACEHOLDER.matcher(template);
		var result = new StringBuilder();
		while (matcher.find()) {
			String value = values.get(matcher.group(1));
			matcher.appendReplacement(result, Matcher.quoteReplacement((value != null) ? value : matcher.group()));
		}
		matcher.appendTail(result);
		return result.toString();
	}

	private Priced price(Stored request, FeeMethod method, @Nullable Integer pages) {
		if (method == FeeMethod.PER_PAGE) {
			int count = Objects.requireNonNull(pages);
			return new Priced(calculator.perPage(count), null, count);
		}
		LocalDate receivedOn = request.receivedOn();
		if (receivedOn == null) {
			throw RequestException.invalid(Map.of("method", List.of("fee-unreceived")));
		}
		int nth = calculator.nthRequestOfMonth(earlierReceipts(request, receivedOn), receivedOn);
		return new Priced(calculator.perRequest(nth), nth, null);
	}

	/**
	 * The receipt dates of the same applicant's requests to this town received earlier in
	 * the same calendar month. The applicant is the same person by ID number, the same
	 * organisation by credit code, and only for requests with neither the same name and
	 * phone. On the same receipt date, a request that reached the office first (submitted
	 * or registered earlier) counts as earlier.
	 */
	private List<LocalDate> earlierReceipts(Stored request, LocalDate receivedOn) {
		String sameApplicant;
		Map<String, Object> parameters = new HashMap<>();
		if (request.idNumber() != null) {
			sameApplicant = "r.id_number = :idNumber";
			parameters.put("idNumber", request.idNumber());
		}
		else if (request.creditCode() != null) {
			sameApplicant = "r.credit_code = :creditCode";
			parameters.put("creditCode", request.creditCode());
		}
		else {
			sameApplicant = "r.id_number is null and r.credit_code is null and r.name = :name and r.phone = :phone";
			parameters.put("name", request.name());
			parameters.put("phone", request.phone());
		}
		Query query = entityManager.createNativeQuery("""
				select r.received_on from disclosure_request r
				where %s and r.id <> :id and r.received_on between :monthStart and :receivedOn
				  and (r.received_on < :receivedOn or r.submitted_at < :submittedAt
				       or (r.submitted_at = :submittedAt and r.id < :id))
				order by r.received_on, r.submitted_at, r.id
				""".formatted(sameApplicant))
			.setParameter("id", request.id())
			.setParameter("monthStart", Date.valueOf(YearMonth.from(receivedOn).atDay(1)))
			.setParameter("receivedOn", Date.valueOf(receivedOn))
			.setParameter("submittedAt", request.submittedAt());
		parameters.forEach(query::setParameter);
		return query.getResultList().stream().map(Rows::date).map(Objects::requireNonNull).toList();
	}

	private static void checkUnits(@Nullable FeeMethod method, @Nullable Integer pages, Map<String, List<Object>> bad) {
		if (method == null) {
			bad.put("method", List.of("required"));
		}
		else if (method == FeeMethod.PER_PAGE) {
			if (pages == null) {
				bad.put("pages", List.of("required"));
			}
			else if (pages < 0 || pages > MAX_PAGES) {
				bad.put("pages", List.of("fee-pages", MAX_PAGES));
			}
		}
		else if (pages != null) {
			// one method per request (art. 3): pages never price a 按件 fee
			bad.put("pages", List.of("fee-pages-per-request"));
		}
	}

	private void checkDate(String field, @Nullable LocalDate on, @Nullable LocalDate notBefore,
			Map<String, List<Object>> bad) {
		if (on == null) {
			bad.put(field, List.of("required"));
		}
		else if (on.isAfter(today())) {
			bad.put(field, List.of("future"));
		}
		else if (notBefore != null && on.isBefore(notBefore)) {
			bad.put(field, List.of("fee-before", notBefore));
		}
	}

	private static void refuseIfAny(Map<String, List<Object>> bad) {
		if (!bad.isEmpty()) {
			throw RequestException.invalid(bad);
		}
	}

	private static String units(Priced priced) {
		return (priced.pages() != null) ? priced.pages() + " 页" : "本月第 " + priced.nthRequestOfMonth() + " 件";
	}

	private Stored request(String trackingCode, boolean forChange) {
		List<?> rows = entityManager.createNativeQuery("""
				select id, state, received_on, submitted_at, id_number, credit_code, name, phone,
				       coalesce(organization_name, name), description
				from disclosure_request where tracking_code = :code""" + (forChange ? " for update" : ""))
			.setParameter("code", trackingCode)
			.getResultList();
		if (rows.isEmpty()) {
			throw RequestException.notFound();
		}
		Object[] r = (Object[]) rows.get(0);
		return new Stored((UUID) r[0], trackingCode, RequestState.valueOf((String) r[1]), Rows.date(r[2]),
				Rows.instant(r[3]), (String) r[4], (String) r[5], (String) r[6], (String) r[7], (String) r[8],
				(String) r[9]);
	}

	private List<NoticeRow> notices(UUID requestId) {
		Map<Long, List<Band>> bands = new HashMap<>();
		for (Object stored : entityManager.createNativeQuery("""
				select b.notice_id, b.from_unit, b.to_unit, b.units, b.unit_price, b.subtotal
				from fee_notice_band b join fee_notice n on n.id = b.notice_id
				where n.request_id = :request order by b.notice_id, b.position
				""").setParameter("request", requestId).getResultList()) {
			Object[] b = (Object[]) stored;
			bands.computeIfAbsent(((Number) b[0]).longValue(), key -> new ArrayList<>())
				.add(new Band(((Number) b[1]).intValue(), ((Number) b[2]).intValue(), ((Number) b[3]).intValue(),
						(BigDecimal) b[4], (BigDecimal) b[5]));
		}
		List<NoticeRow> notices = new ArrayList<>();
		for (Object stored : entityManager.createNativeQuery("""
				select id, method, pages, nth_request, amount, sent_on, pay_by, state,
				       coalesce(paid_on, waived_on, lapsed_on), waiver_reason, sent_by, settled_by
				from fee_notice where request_id = :request order by id
				""").setParameter("request", requestId).getResultList()) {
			Object[] n = (Object[]) stored;
			long id = ((Number) n[0]).longValue();
			Fee fee = new Fee(FeeMethod.valueOf((String) n[1]), (BigDecimal) n[4], bands.getOrDefault(id, List.of()));
			notices.add(new NoticeRow(id, fee, integer(n[2]), integer(n[3]), Objects.requireNonNull(Rows.date(n[5])),
					Objects.requireNonNull(Rows.date(n[6])), FeeNotice.State.valueOf((String) n[7]), Rows.date(n[8]),
					(String) n[9], (String) n[10], (String) n[11]));
		}
		return notices;
	}

	private static @Nullable Integer integer(@Nullable Object value) {
		return (value != null) ? ((Number) value).intValue() : null;
	}

	private LocalDate today() {
		return ChinaTime.today(clock);
	}

	private record Stored(UUID id, String trackingCode, RequestState state, @Nullable LocalDate receivedOn,
			Instant submittedAt, @Nullable String idNumber, @Nullable String creditCode, String name, String phone,
			String applicant, String description) {

		boolean open() {
			return this.state.isOpen();
		}

	}

	private record NoticeRow(long id, Fee fee, @Nullable Integer pages, @Nullable Integer nthRequestOfMonth,
			LocalDate sentOn, LocalDate payBy, FeeNotice.State state, @Nullable LocalDate settledOn,
			@Nullable String waiverReason, String sentBy, @Nullable String settledBy) {
	}

	private record Priced(Fee fee, @Nullable Integer nthRequestOfMonth, @Nullable Integer pages) {
	}

	/**
	 * Closes requests whose fee went unpaid, in every active town, on the deadline
	 * watch's schedule. No lock is needed between replicas: closing re-checks the notice
	 * under the request's row lock, so a second run finds nothing left to do.
	 */
	@Component
	static class LapseWatch {

		private final Tenants tenants;

		private final RequestFees fees;

		LapseWatch(Tenants tenants, RequestFees fees) {
			this.tenants = tenants;
			this.fees = fees;
		}

		@Scheduled(fixedDelayString = "${gongkai.requests.watch-interval:PT10M}",
				initialDelayString = "${gongkai.requests.watch-first-run:PT40S}")
		int run() {
			return tenants.inEveryActiveTown("Requests closed for an unpaid fee", fees::closeLapsed);
		}

	}

}
