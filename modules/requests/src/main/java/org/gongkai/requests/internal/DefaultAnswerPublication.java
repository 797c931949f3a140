package org.gongkai.requests.internal;

import java.sql.Date;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.gongkai.disclosure.api.CatalogueItem;
import org.gongkai.disclosure.api.CatalogueService;
import org.gongkai.disclosure.api.Channel;
import org.gongkai.disclosure.api.ItemDraft;
import org.gongkai.disclosure.api.Validity;
import org.gongkai.requests.api.AnswerPublication;
import org.gongkai.requests.api.Outcome;
import org.gongkai.requests.api.PublishedAnswer;
import org.gongkai.requests.api.RequestActionException;
import org.gongkai.requests.api.RequestException;
import org.gongkai.requests.api.RequestState;
import org.gongkai.tenancy.api.AuditTrail;
import org.gongkai.tenancy.api.TenantContext;
import org.gongkai.tenancy.api.TownRegistry;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

/**
 * The item is created and submitted, not approved or published: the reviewer's approval
 * of the decision cleared a reply to one applicant, while the catalogue shows it to
 * everyone, so the catalogue's own 保密审查 must still pass. Submitted rather than left as a
 * draft so that it lands in the reviewers' queue at once; a reviewer who wants changes
 * sends it back and an editor amends it there.
 */
@Service
class DefaultAnswerPublication implements AnswerPublication {

	static final int MAX_TITLE = 200;

	private static final Set<Outcome> RELEASED = EnumSet.of(Outcome.DISCLOSED, Outcome.PARTLY_DISCLOSED);

	private static final Set<String> ANSWERED = Set.of(RequestState.DECIDED.name(), RequestState.DELIVERED.name());

	private final EntityManager entityManager;

	private final CatalogueService catalogue;

	private final TownRegistry towns;

	private final AuditTrail audit;

	private final Clock clock;

	DefaultAnswerPublication(EntityManager entityManager, CatalogueService catalogue, TownRegistry towns,
			AuditTrail audit, Clock clock) {
		this.entityManager = entityManager;
		this.catalogue = catalogue;
		this.towns = towns;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	@Transactional
	public PublishedAnswer publish(String trackingCode, @Nullable String title, @Nullable UUID categoryId,
			String actor) {
		List<?> rows = entityManager.createNativeQuery("""
				select id, state, outcome, description, decision_text, decided_on
				from disclosure_request where tracking_code = :code for update
				""").setParameter("code", trackingCode).getResultList();
		if (rows.isEmpty()) {
			throw RequestException.notFound();
		}
		Object[] r = (Object[]) rows.get(0);
		UUID requestId = (UUID) r[0];
		String description = (String) r[3];
		String itemTitle = (title != null && !title.isBlank()) ? title.strip() : description.strip();
		Map<String, List<Object>> bad = new LinkedHashMap<>();
		if (categoryId == null) {
			bad.put("categoryId", List.of("required"));
		}
		if (itemTitle.length() > MAX_TITLE) {
			bad.put("title", List.of("too-long", MAX_TITLE, itemTitle.length()));
		}
		if (!bad.isEmpty()) {
			throw RequestException.invalid(bad);
		}
		if (!ANSWERED.contains((String) r[1]) || r[2] == null || !RELEASED.contains(Outcome.valueOf((String) r[2]))) {
			throw RequestActionException.notReleased(trackingCode);
		}
		if (find(trackingCode).isPresent()) {
			throw RequestActionException.alreadyPublished(trackingCode);
		}
		LocalDate decidedOn = Objects.requireNonNull(Rows.date(r[5]));
		CatalogueItem item = catalogue.create(new ItemDraft(itemTitle, authority(), null, decidedOn, categoryId,
				Set.of(Channel.WEBSITE), null, Validity.IN_FORCE, "依申请公开", "依申请公开答复转为主动公开（《中华人民共和国政府信息公开条例》第四十四条）",
				html(Objects.requireNonNullElse((String) r[4], "")), null));
		item = catalogue.submit(item.id(), item.version());
		Instant now = clock.instant();
		entityManager.createNativeQuery("""
				insert into published_answer (request_id, item_id, title, published_by, published_at)
				values (:request, :item, :title, :actor, :now)
				""")
			.setParameter("request", requestId)
			.setParameter("item", item.id())
			.setParameter("title", itemTitle)
			.setParameter("actor", actor)
			.setParameter("now", now)
			.executeUpdate();
		audit.record("request.answer-published", trackingCode, item.id() + " " + itemTitle);
		return new PublishedAnswer(trackingCode, item.id(), itemTitle, actor, now);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<PublishedAnswer> find(String trackingCode) {
		List<?> rows = entityManager.createNativeQuery("""
				select p.item_id, p.title, p.published_by, p.published_at
				from published_answer p join disclosure_request r on r.id = p.request_id
				where r.tracking_code = :code
				""").setParameter("code", trackingCode).getResultList();
		return rows.stream()
			.map(row -> (Object[]) row)
			.map(p -> new PublishedAnswer(trackingCode, (UUID) p[0], (String) p[1], (String) p[2], Rows.instant(p[3])))
			.findFirst();
	}

	/** The decision text as the catalogue's rich text: one paragraph per line. */
	private static String html(String decision) {
		return decision.lines()
			.map(String::strip)
			.filter(line -> !line.isEmpty())
			.map(line -> "<p>" + HtmlUtils.htmlEscape(line, "UTF-8") + "</p>")
			.collect(Collectors.joining());
	}

	private String authority() {
		var town = towns.require(TenantContext.require());
		// as the reply letters name the office (DefaultRequestDecisions.letter)
		return town.authority();
	}

}
