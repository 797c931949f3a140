package org.gongkai.reporting.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.gongkai.reporting.api.AnnualReport;
import org.gongkai.reporting.api.AnnualReports;
import org.gongkai.reporting.api.Finding;
import org.gongkai.reporting.api.ProcessingFees;
import org.gongkai.reporting.api.ReportException;
import org.gongkai.reporting.api.ReportFormat;
import org.gongkai.reporting.api.ReportState;
import org.gongkai.reporting.api.Section;
import org.gongkai.reporting.api.Table2;
import org.gongkai.reporting.api.Table3;
import org.gongkai.reporting.api.Table4;
import org.gongkai.requests.api.FeesCollected;
import org.gongkai.requests.api.RequestFees;
import org.gongkai.requests.api.RequestStatistics;
import org.gongkai.requests.api.ReviewCases;
import org.gongkai.tenancy.api.AuditTrail;
import org.gongkai.tenancy.api.TenantContext;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class DefaultAnnualReports implements AnnualReports {

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	/** Far beyond any town's figures: a typo, not a count. */
	static final int MAX_COUNT = 10_000_000;

	static final BigDecimal MAX_FEES = new BigDecimal("999999999999.99");

	static final int MAX_TEXT = 20_000;

	private final EntityManager entityManager;

	private final RequestStatistics statistics;

	private final ReviewCases reviewCases;

	private final RequestFees fees;

	private final NarrativeDrafts drafts;

	private final AuditTrail audit;

	private final MessageSource messages;

	private final Clock clock;

	DefaultAnnualReports(EntityManager entityManager, RequestStatistics statistics, ReviewCases reviewCases,
			RequestFees fees, NarrativeDrafts drafts, AuditTrail audit, MessageSource messages, Clock clock) {
		this.entityManager = entityManager;
		this.statistics = statistics;
		this.reviewCases = reviewCases;
		this.fees = fees;
		this.drafts = drafts;
		this.audit = audit;
		this.messages = messages;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public AnnualReport report(int year) {
		checkYear(year);
		return assemble(year, load(year, false));
	}

	@Override
	@Transactional
	public AnnualReport saveFigures(int year, long version, Table2 figures) {
		checkYear(year);
		Map<String, List<Object>> bad = new LinkedHashMap<>();
		for (Table2.Field field : Table2.Field.values()) {
			Number value = figures.value(field);
			if (value instanceof BigDecimal amount) {
				if (amount.signum() < 0) {
					bad.put(field.property(), List.of("negative"));
				}
				else if (amount.stripTrailingZeros().scale() > 2) {
					bad.put(field.property(), List.of("decimals"));
				}
				else if (amount.compareTo(MAX_FEES) > 0) {
					bad.put(field.property(), List.of("too-large", MAX_FEES.toPlainString()));
				}
			}
			else if (value != null && value.intValue() < 0) {
				bad.put(field.property(), List.of("negative"));
			}
			else if (value != null && value.intValue() > MAX_COUNT) {
				bad.put(field.property(), List.of("too-large", String.valueOf(MAX_COUNT)));
			}
		}
		if (!bad.isEmpty()) {
			throw ReportException.invalid(bad);
		}
		Stored report = editable(year, version);
		BigDecimal administrativeFees = figures.administrativeFees();
		entityManager
			.createNativeQuery(
					"""
							update annual_report_version set regulations_issued = :ri, regulations_repealed = :rr,
							    regulations_in_force = :rf, normative_documents_issued = :ni, normative_documents_repealed = :nr,
							    normative_documents_in_force = :nf, licensing_decisions = :licensing, penalty_decisions = :penalties,
							    enforcement_decisions = :enforcement, administrative_fees = :fees, updated_at = :now, updated_by = :actor
							where report_id = :id and number = :number
							""")
			.setParameter("ri", figures.regulationsIssued())
			.setParameter("rr", figures.regulationsRepealed())
			.setParameter("rf", figures.regulationsInForce())
			.setParameter("ni", figures.normativeDocumentsIssued())
			.setParameter("nr", figures.normativeDocumentsRepealed())
			.setParameter("nf", figures.normativeDocumentsInForce())
			.setParameter("licensing", figures.licensingDecisions())
			.setParameter("penalties", figures.penaltyDecisions())
			.setParameter("enforcement", figures.enforcementDecisions())
			.setParameter("fees", (administrativeFees != null) ? administrativeFees.setScale(2) : null)
			.setParameter("now", clock.instant())
			.setParameter("actor", audit.actor())
			.setParameter("id", report.id())
			.setParameter("number", report.number())
			.executeUpdate();
		touch(report);
		audit.record("annual-report.figures-saved", String.valueOf(year), "表二 " + describe(figures));
		return assemble(year, load(year, false));
	}

	@Override
	@Transactional
	public AnnualReport saveTexts(int year, long version, Map<Section, @Nullable String> texts) {
		checkYear(year);
		Map<String, List<Object>> bad = new LinkedHashMap<>();
		Map<Section, @Nullable String> cleaned = new EnumMap<>(Section.class);
		texts.forEach((section, text) -> {
			String value = (text != null) ? text.strip() : "";
			if (!section.narrative()) {
				bad.put(section.name(), List.of("not-narrative"));
			}
			else if (value.length() > MAX_TEXT) {
				bad.put(section.name(), List.of("too-long", String.valueOf(MAX_TEXT), String.valueOf(value.length())));
			}
			else if (value.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
				bad.put(section.name(), List.of("control-characters"));
			}
			cleaned.put(section, value.isEmpty() ? null : value);
		});
		if (!bad.isEmpty()) {
			throw ReportException.invalid(bad);
		}
		Stored report = editable(year, version);
		entityManager.createNativeQuery("""
				update annual_report_version set overview = :overview, problems = :problems, other_matters = :other,
				    updated_at = :now, updated_by = :actor
				where report_id = :id and number = :number
				""")
			.setParameter("overview", cleaned.get(Section.OVERVIEW))
			.setParameter("problems", cleaned.get(Section.PROBLEMS))
			.setParameter("other", cleaned.get(Section.OTHER))
			.setParameter("now", clock.instant())
			.setParameter("actor", audit.actor())
			.setParameter("id", report.id())
			.setParameter("number", report.number())
			.executeUpdate();
		touch(report);
		audit.record("annual-report.texts-saved", String.valueOf(year), "第一、五、六部分文字");
		return assemble(year, load(year, false));
	}

	private AnnualReport assemble(int year, @Nullable Stored stored) {
		Table2 table2 = (stored != null) ? stored.table2() : Table2.blank();
		Table3 table3 = table3(year);
		Table4 table4 = table4(year);
		FeesCollected collected = fees.collected(year);
		ProcessingFees processingFees = new ProcessingFees(collected.notices(), collected.amount());
		Stored last = (year > ReportFormat.FIRST_2021_YEAR) ? load(year - 1, false) : null;
		ReportRules.LastYear lastYear = (last != null)
				? new ReportRules.LastYear(last.table2(), table3(year - 1), table4(year - 1)) : null;
		List<Finding> findings = new ReportRules(messages, readersLocale()).check(ReportFormat.F2021, table2, table3,
				table4, lastYear);
		Map<Section, String> texts = (stored != null) ? stored.texts() : Map.of();
		Map<Section, String> generated = drafts.drafts(year, table3, table4, processingFees,
				(last != null) ? last.texts().get(Section.PROBLEMS) : null);
		return new AnnualReport(TenantContext.require(), year, ReportFormat.F2021,
				(stored != null) ? stored.state() : ReportState.DRAFT, (stored != null) ? stored.number() : 0,
				(stored != null) ? stored.version() : 0, table2, (last != null) ? last.table2() : null, table3, table4,
				processingFees, texts, generated, findings);
	}

	private Table3 table3(int year) {
		return Table3Counter.count(statistics.facts(year), year);
	}

	private Table4 table4(int year) {
		return Table4.of(reviewCases.tally(year).cells().stream().mapToInt(Integer::intValue).toArray());
	}

	/**
	 * The report to change, locked: created (version 1, a draft) by the first edit, which
	 * must name version 0.
	 */
	private Stored editable(int year, long version) {
		Stored report = load(year, true);
		if (report == null) {
			if (version != 0) {
				throw ReportException.stale(year);
			}
			UUID id = UUID.randomUUID();
			Instant now = clock.instant();
			String actor = audit.actor();
			int created = entityManager.createNativeQuery("""
					insert into annual_report (id, version, year, format, state, current_number, created_at, created_by,
					    updated_at, updated_by)
					values (:id, 0, :year, 'F2021', 'DRAFT', 1, :now, :actor, :now, :actor)
					on conflict (year) do nothing
					""")
				.setParameter("id", id)
				.setParameter("year", year)
				.setParameter("now", now)
				.setParameter("actor", actor)
				.executeUpdate();
			if (created == 0) {
				// another editor created it first: this edit did not see theirs
				throw ReportException.stale(year);
			}
			entityManager.createNativeQuery("""
					insert into annual_report_version (report_id, number, state, created_at, created_by, updated_at,
					    updated_by)
					values (:id, 1, 'DRAFT', :now, :actor, :now, :actor)
					""").setParameter("id", id).setParameter("now", now).setParameter("actor", actor).executeUpdate();
			audit.record("annual-report.created", String.valueOf(year), "第1版 草稿");
			report = load(year, true);
			if (report == null) {
				throw new IllegalStateException("The report just created is not there: " + year);
			}
			return report;
		}
		if (report.version() != version) {
			throw ReportException.stale(year);
		}
		if (report.state() != ReportState.DRAFT) {
			throw ReportException.notDraft(year, report.state());
		}
		return report;
	}

	private void touch(Stored report) {
		entityManager.createNativeQuery("""
				update annual_report set version = version + 1, updated_at = :now, updated_by = :actor where id = :id
				""")
			.setParameter("now", clock.instant())
			.setParameter("actor", audit.actor())
			.setParameter("id", report.id())
			.executeUpdate();
	}

	private @Nullable Stored load(int year, boolean forUpdate) {
		List<?> rows = entityManager.createNativeQuery("""
				select r.id, r.version, r.state, r.current_number, v.regulations_issued, v.regulations_repealed,
				       v.regulations_in_force, v.normative_documents_issued, v.normative_documents_repealed,
				       v.normative_documents_in_force, v.licensing_decisions, v.penalty_decisions,
				       v.enforcement_decisions, v.administrative_fees, v.overview, v.problems, v.other_matters
				from annual_report r join annual_report_version v on v.report_id = r.id and v.number = r.current_number
				where r.year = :year""" + (forUpdate ? " for update of r" : ""))
			.setParameter("year", year)
			.getResultList();
		if (rows.isEmpty()) {
			return null;
		}
		Object[] r = (Object[]) rows.get(0);
		Table2 table2 = new Table2(integer(r[4]), integer(r[5]), integer(r[6]), integer(r[7]), integer(r[8]),
				integer(r[9]), integer(r[10]), integer(r[11]), integer(r[12]), (BigDecimal) r[13]);
		Map<Section, String> texts = new EnumMap<>(Section.class);
		if (r[14] != null) {
			texts.put(Section.OVERVIEW, (String) r[14]);
		}
		if (r[15] != null) {
			texts.put(Section.PROBLEMS, (String) r[15]);
		}
		if (r[16] != null) {
			texts.put(Section.OTHER, (String) r[16]);
		}
		return new Stored((UUID) r[0], ((Number) r[1]).longValue(), ReportState.valueOf((String) r[2]),
				((Number) r[3]).intValue(), table2, texts);
	}

	/**
	 * The reader's language in a web request; Chinese, the report's own language,
	 * elsewhere (jobs, other modules), rather than the server's default.
	 */
	private static Locale readersLocale() {
		return (LocaleContextHolder.getLocaleContext() != null) ? LocaleContextHolder.getLocale()
				: Locale.SIMPLIFIED_CHINESE;
	}

	private void checkYear(int year) {
		int current = LocalDate.ofInstant(clock.instant(), CHINA).getYear();
		if (year < ReportFormat.FIRST_2021_YEAR || year > current) {
			throw ReportException.noSuchYear(year, current);
		}
	}

	private static @Nullable Integer integer(@Nullable Object value) {
		return (value != null) ? ((Number) value).intValue() : null;
	}

	private static String describe(Table2 figures) {
		StringBuilder text = new StringBuilder();
		for (Table2.Field field : Table2.Field.values()) {
			Number value = figures.value(field);
			text.append(field.row())
				.append(field.column())
				.append('=')
				.append((value != null) ? value : "空")
				.append(' ');
		}
		return text.toString().strip();
	}

	private record Stored(UUID id, long version, ReportState state, int number, Table2 table2,
			Map<Section, String> texts) {
	}

}
