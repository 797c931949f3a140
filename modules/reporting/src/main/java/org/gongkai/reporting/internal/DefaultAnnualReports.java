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
import org.gongkai.reporting.api.ReportHistory;
import org.gongkai.reporting.api.ReportImport;
import org.gongkai.reporting.api.ReportState;
import org.gongkai.reporting.api.ReportStatus;
import org.gongkai.reporting.api.Rule;
import org.gongkai.reporting.api.Section;
import org.gongkai.reporting.api.Table2;
import org.gongkai.reporting.api.Table3;
import org.gongkai.reporting.api.Table4;
import org.gongkai.reporting.internal.ReportStore.Stored;
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

import tools.jackson.databind.json.JsonMapper;

@Service
class DefaultAnnualReports implements AnnualReports, ReportHistory {

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

	private final ReportStore store;

	private final MessageSource messages;

	private final Clock clock;

	private final JsonMapper json;

	DefaultAnnualReports(EntityManager entityManager, RequestStatistics statistics, ReviewCases reviewCases,
			RequestFees fees, NarrativeDrafts drafts, AuditTrail audit, ReportStore store, MessageSource messages,
			Clock clock, JsonMapper json) {
		this.store = store;
		this.json = json;
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
		Stored stored = store.load(year, false);
		if (stored != null && stored.original() != null) {
			return imported(year, stored, stored.original());
		}
		checkYear(year);
		return assemble(year, stored);
	}

	@Override
	@Transactional
	public AnnualReport importReport(int year, ReportImport original) {
		Map<String, List<Object>> bad = ReportImporter.validate(year, currentYear(), original);
		if (!bad.isEmpty()) {
			throw ReportException.invalidImport(bad);
		}
		ReportFormat format = java.util.Objects.requireNonNull(original.format());
		ReportImporter.Mapped mapped = new ReportImporter(messages, readersLocale()).map(original);
		String source = json.writeValueAsString(original);
		Instant now = clock.instant();
		String actor = audit.actor();
		Stored existing = store.load(year, true);
		UUID id;
		int number;
		if (existing == null) {
			id = UUID.randomUUID();
			number = 1;
			int created = entityManager.createNativeQuery("""
					insert into annual_report (id, version, year, format, state, current_number, published_number,
					    created_at, created_by, updated_at, updated_by)
					values (:id, 1, :year, :format, 'PUBLISHED', 1, 1, :now, :actor, :now, :actor)
					on conflict (year) do nothing
					""")
				.setParameter("id", id)
				.setParameter("year", year)
				.setParameter("format", format.name())
				.setParameter("now", now)
				.setParameter("actor", actor)
				.executeUpdate();
			if (created == 0) {
				// someone started the year's report meanwhile
				throw ReportException.inUse(year);
			}
		}
		else if (existing.original() == null) {
			throw ReportException.inUse(year);
		}
		else {
			// importing again keeps the earlier import as a version of its own
			id = existing.id();
			number = existing.number() + 1;
			entityManager.createNativeQuery("""
					update annual_report set version = version + 1, format = :format, current_number = :number,
					    published_number = :number, updated_at = :now, updated_by = :actor
					where id = :id
					""")
				.setParameter("format", format.name())
				.setParameter("number", number)
				.setParameter("now", now)
				.setParameter("actor", actor)
				.setParameter("id", id)
				.executeUpdate();
		}
		Table2 table2 = mapped.table2();
		BigDecimal administrativeFees = table2.administrativeFees();
		entityManager.createNativeQuery("""
				insert into annual_report_version (report_id, number, state, regulations_issued, regulations_repealed,
				    regulations_in_force, normative_documents_issued, normative_documents_repealed,
				    normative_documents_in_force, licensing_decisions, penalty_decisions, enforcement_decisions,
				    administrative_fees, overview, problems, other_matters, format_version, original, published_at,
				    created_at, created_by, updated_at, updated_by)
				values (:id, :number, 'PUBLISHED', :ri, :rr, :rf, :ni, :nr, :nf, :licensing, :penalties, :enforcement,
				    :fees, :overview, :problems, :other, :format, cast(:original as jsonb), :now, :now, :actor, :now,
				    :actor)
				""")
			.setParameter("id", id)
			.setParameter("number", number)
			.setParameter("ri", table2.regulationsIssued())
			.setParameter("rr", table2.regulationsRepealed())
			.setParameter("rf", table2.regulationsInForce())
			.setParameter("ni", table2.normativeDocumentsIssued())
			.setParameter("nr", table2.normativeDocumentsRepealed())
			.setParameter("nf", table2.normativeDocumentsInForce())
			.setParameter("licensing", table2.licensingDecisions())
			.setParameter("penalties", table2.penaltyDecisions())
			.setParameter("enforcement", table2.enforcementDecisions())
			.setParameter("fees", (administrativeFees != null) ? administrativeFees.setScale(2) : null)
			.setParameter("overview", mapped.texts().get(Section.OVERVIEW))
			.setParameter("problems", mapped.texts().get(Section.PROBLEMS))
			.setParameter("other", mapped.texts().get(Section.OTHER))
			.setParameter("format", format.name())
			.setParameter("original", source)
			.setParameter("now", now)
			.setParameter("actor", actor)
			.executeUpdate();
		store.step(id, number, ReportStatus.StepKind.IMPORTED, null);
		long warnings = mapped.findings().stream().filter(finding -> finding.rule() == Rule.I1).count();
		audit.record("annual-report.imported", String.valueOf(year),
				"第" + number + "版 导入 " + format.name() + "，原报告数据不符 " + warnings + " 处");
		Stored stored = store.load(year, false);
		if (stored == null || stored.original() == null) {
			throw new IllegalStateException("The report just imported is not there: " + year);
		}
		return imported(year, stored, stored.original());
	}

	/**
	 * An imported report: its tables and findings mapped again from the original as
	 * stored, its texts as stored. Nothing is computed from the records: the original is
	 * what the town reported that year.
	 */
	private AnnualReport imported(int year, Stored stored, String original) {
		ReportImport source = json.readValue(original, ReportImport.class);
		ReportImporter.Mapped mapped = new ReportImporter(messages, readersLocale()).map(source);
		return new AnnualReport(TenantContext.require(), year, java.util.Objects.requireNonNull(source.format()),
				stored.state(), stored.number(), stored.version(), stored.table2(), null, mapped.table3(),
				mapped.table4(), new ProcessingFees(0, BigDecimal.ZERO.setScale(2)), stored.texts(), Map.of(),
				mapped.findings());
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
		store.touch(report);
		audit.record("annual-report.figures-saved", String.valueOf(year), "表二 " + describe(figures));
		return assemble(year, store.load(year, false));
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
		store.touch(report);
		audit.record("annual-report.texts-saved", String.valueOf(year), "第一、五、六部分文字");
		return assemble(year, store.load(year, false));
	}

	/**
	 * A stored version as it reads: an imported one mapped from its original, a submitted
	 * one with its tables as submitted, a draft computed from the records.
	 */
	AnnualReport read(Stored stored) {
		String original = stored.original();
		return (original != null) ? imported(stored.year(), stored, original) : assemble(stored.year(), stored);
	}

	private AnnualReport assemble(int year, @Nullable Stored stored) {
		Table2 table2 = (stored != null) ? stored.table2() : Table2.blank();
		ReportStore.Frozen tables = (stored != null && stored.frozen() != null) ? stored.frozen() : compute(year);
		Stored last = (year > ReportFormat.FIRST_2021_YEAR) ? lastYear(year - 1) : null;
		// an imported report of last year was counted by other rules: no comparison with
		// it
		ReportRules.LastYear lastYear = (last != null && !last.imported())
				? new ReportRules.LastYear(last.table2(), tablesOf(last).table3(), tablesOf(last).table4()) : null;
		List<Finding> findings = new ReportRules(messages, readersLocale()).check(ReportFormat.F2021, table2,
				tables.table3(), tables.table4(), lastYear);
		ProcessingFees processingFees = new ProcessingFees(tables.feeCount(), tables.feeAmount());
		Map<Section, String> texts = (stored != null) ? stored.texts() : Map.of();
		Map<Section, String> generated = drafts.drafts(year, tables.table3(), tables.table4(), processingFees,
				(last != null) ? last.texts().get(Section.PROBLEMS) : null);
		return new AnnualReport(TenantContext.require(), year, ReportFormat.F2021,
				(stored != null) ? stored.state() : ReportState.DRAFT, (stored != null) ? stored.number() : 0,
				(stored != null) ? stored.version() : 0, table2, (last != null) ? last.table2() : null, tables.table3(),
				tables.table4(), processingFees, texts, generated, findings);
	}

	/** Tables 三 and 四 and the fees of {@code year} as the records give them now. */
	ReportStore.Frozen compute(int year) {
		FeesCollected collected = fees.collected(year);
		return new ReportStore.Frozen(table3(year), table4(year), collected.notices(), collected.amount());
	}

	private ReportStore.Frozen tablesOf(Stored stored) {
		ReportStore.Frozen frozen = stored.frozen();
		return (frozen != null) ? frozen : compute(stored.year());
	}

	/** Last year's report as published, else as it stands. */
	private @Nullable Stored lastYear(int year) {
		Stored current = store.load(year, false);
		Integer published = (current != null) ? current.publishedNumber() : null;
		return (published != null && published != current.number()) ? store.load(year, published, false) : current;
	}

	private Table3 table3(int year) {
		return Table3Counter.count(statistics.facts(year), year);
	}

	private Table4 table4(int year) {
		return Table4.of(reviewCases.tally(year).cells().stream().mapToInt(Integer::intValue).toArray());
	}

	/**
	 * The report to change, locked: created (version 1, a draft) by the first edit, which
	 * must name version 0. A draft and a version returned for revision can be edited.
	 */
	private Stored editable(int year, long version) {
		Stored report = store.load(year, true);
		if (report == null) {
			if (version != 0) {
				throw ReportException.stale(year);
			}
			if (!store.create(year)) {
				// another editor created it first: this edit did not see theirs
				throw ReportException.stale(year);
			}
			audit.record("annual-report.created", String.valueOf(year), "第1版 草稿");
			report = store.load(year, true);
			if (report == null) {
				throw new IllegalStateException("The report just created is not there: " + year);
			}
			return report;
		}
		if (report.version() != version) {
			throw ReportException.stale(year);
		}
		if (!report.state().editable()) {
			throw ReportException.notDraft(year, report.state());
		}
		return report;
	}

	/**
	 * The reader's language in a web request; Chinese, the report's own language,
	 * elsewhere (jobs, other modules), rather than the server's default.
	 */
	private static Locale readersLocale() {
		return (LocaleContextHolder.getLocaleContext() != null) ? LocaleContextHolder.getLocale()
				: Locale.SIMPLIFIED_CHINESE;
	}

	private int currentYear() {
		return LocalDate.ofInstant(clock.instant(), CHINA).getYear();
	}

	void checkYear(int year) {
		int current = currentYear();
		if (year < ReportFormat.FIRST_2021_YEAR || year > current) {
			throw ReportException.noSuchYear(year, current);
		}
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

}
