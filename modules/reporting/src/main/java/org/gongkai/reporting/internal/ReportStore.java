package org.gongkai.reporting.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.gongkai.reporting.api.ReportState;
import org.gongkai.reporting.api.ReportStatus;
import org.gongkai.reporting.api.Section;
import org.gongkai.reporting.api.Table2;
import org.gongkai.reporting.api.Table3;
import org.gongkai.reporting.api.Table4;
import org.gongkai.tenancy.api.AuditTrail;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * Tables {@code annual_report}, {@code annual_report_version} and
 * {@code annual_report_step} of the current town: the reports as stored, for the editing
 * service and the workflow alike. Callers hold the transaction.
 */
@Component
class ReportStore {

	private final EntityManager entityManager;

	private final AuditTrail audit;

	private final Clock clock;

	private final JsonMapper json;

	ReportStore(EntityManager entityManager, AuditTrail audit, Clock clock, JsonMapper json) {
		this.entityManager = entityManager;
		this.audit = audit;
		this.clock = clock;
		this.json = json;
	}

	/** The year's report with its current version. */
	@Nullable Stored load(int year, boolean forUpdate) {
		return load(year, null, forUpdate);
	}

	/**
	 * The year's report with version {@code number}, or the current one when
	 * {@code null}.
	 */
	@Nullable Stored load(int year, @Nullable Integer number, boolean forUpdate) {
		List<?> rows = entityManager.createNativeQuery("""
				select r.id, r.version, v.state, v.number, v.regulations_issued, v.regulations_repealed,
				       v.regulations_in_force, v.normative_documents_issued, v.normative_documents_repealed,
				       v.normative_documents_in_force, v.licensing_decisions, v.penalty_decisions,
				       v.enforcement_decisions, v.administrative_fees, v.overview, v.problems, v.other_matters,
				       cast(v.original as text), cast(v.frozen as text), v.change_note, r.published_number,
				       r.first_submitted_at, r.times_returned, r.current_number
				from annual_report r
				join annual_report_version v on v.report_id = r.id and v.number = coalesce(:number, r.current_number)
				where r.year = :year""" + (forUpdate ? " for update of r" : ""))
			.setParameter("year", year)
			.setParameter("number", number)
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
		Frozen frozen = (r[18] != null) ? json.readValue((String) r[18], Frozen.class) : null;
		return new Stored((UUID) r[0], ((Number) r[1]).longValue(), year, ReportState.valueOf((String) r[2]),
				((Number) r[3]).intValue(), ((Number) r[23]).intValue(), table2, texts, (String) r[17], frozen,
				(String) r[19], integer(r[20]), instant(r[21]), ((Number) r[22]).intValue());
	}

	/** Creates the year's report as version 1, a draft; false when it exists already. */
	boolean create(int year) {
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
			return false;
		}
		entityManager.createNativeQuery("""
				insert into annual_report_version (report_id, number, state, created_at, created_by, updated_at,
				    updated_by)
				values (:id, 1, 'DRAFT', :now, :actor, :now, :actor)
				""").setParameter("id", id).setParameter("now", now).setParameter("actor", actor).executeUpdate();
		step(id, 1, ReportStatus.StepKind.CREATED, null);
		return true;
	}

	/** Counts an edit: the next change must name the new version. */
	void touch(Stored report) {
		entityManager.createNativeQuery("""
				update annual_report set version = version + 1, updated_at = :now, updated_by = :actor where id = :id
				""")
			.setParameter("now", clock.instant())
			.setParameter("actor", audit.actor())
			.setParameter("id", report.id())
			.executeUpdate();
	}

	/**
	 * Moves the current version (and the report with it) to {@code state}, counting an
	 * edit, and records the step.
	 */
	void move(Stored report, ReportState state, ReportStatus.StepKind step, @Nullable String comment) {
		entityManager.createNativeQuery("""
				update annual_report_version set state = :state, updated_at = :now, updated_by = :actor
				where report_id = :id and number = :number
				""")
			.setParameter("state", state.name())
			.setParameter("now", clock.instant())
			.setParameter("actor", audit.actor())
			.setParameter("id", report.id())
			.setParameter("number", report.number())
			.executeUpdate();
		entityManager.createNativeQuery("update annual_report set state = :state where id = :id")
			.setParameter("state", state.name())
			.setParameter("id", report.id())
			.executeUpdate();
		touch(report);
		step(report.id(), report.number(), step, comment);
	}

	void step(UUID reportId, int number, ReportStatus.StepKind kind, @Nullable String comment) {
		entityManager.createNativeQuery("""
				insert into annual_report_step (report_id, number, kind, at, actor, comment)
				values (:id, :number, :kind, :at, :actor, :comment)
				""")
			.setParameter("id", reportId)
			.setParameter("number", number)
			.setParameter("kind", kind.name())
			.setParameter("at", clock.instant())
			.setParameter("actor", audit.actor())
			.setParameter("comment", comment)
			.executeUpdate();
	}

	List<ReportStatus.Step> steps(UUID reportId) {
		List<?> rows = entityManager
			.createNativeQuery("select number, kind, at, actor, comment from annual_report_step"
					+ " where report_id = :id order by id")
			.setParameter("id", reportId)
			.getResultList();
		return rows.stream().map(Object[].class::cast).map(r -> {
			Instant at = instant(r[2]);
			return new ReportStatus.Step(((Number) r[0]).intValue(), ReportStatus.StepKind.valueOf((String) r[1]),
					(at != null) ? at : Instant.EPOCH, (String) r[3], (String) r[4]);
		}).toList();
	}

	/** Keeps the computed tables of the current version as they are now. */
	void freeze(Stored report, @Nullable Frozen frozen) {
		entityManager
			.createNativeQuery("update annual_report_version set frozen = cast(:frozen as jsonb)"
					+ " where report_id = :id and number = :number")
			.setParameter("frozen", (frozen != null) ? json.writeValueAsString(frozen) : null)
			.setParameter("id", report.id())
			.setParameter("number", report.number())
			.executeUpdate();
	}

	/** Publishes the current version: it becomes the one the portal shows. */
	void markPublished(Stored report) {
		Instant now = clock.instant();
		entityManager
			.createNativeQuery("update annual_report_version set published_at = :now"
					+ " where report_id = :id and number = :number")
			.setParameter("now", now)
			.setParameter("id", report.id())
			.setParameter("number", report.number())
			.executeUpdate();
		entityManager.createNativeQuery("update annual_report set published_number = :number where id = :id")
			.setParameter("number", report.number())
			.setParameter("id", report.id())
			.executeUpdate();
	}

	/** The first submission is the one lateness is measured on. */
	void markSubmitted(Stored report) {
		entityManager
			.createNativeQuery("update annual_report set first_submitted_at = coalesce(first_submitted_at, :now)"
					+ " where id = :id")
			.setParameter("now", clock.instant())
			.setParameter("id", report.id())
			.executeUpdate();
	}

	void countReturn(Stored report) {
		entityManager.createNativeQuery("update annual_report set times_returned = times_returned + 1 where id = :id")
			.setParameter("id", report.id())
			.executeUpdate();
	}

	/**
	 * Opens version {@code number + 1} as a draft copied from the current one, with the
	 * note of what it changes.
	 */
	int copyAsDraft(Stored report, String changeNote) {
		int next = report.number() + 1;
		Instant now = clock.instant();
		String actor = audit.actor();
		entityManager.createNativeQuery("""
				insert into annual_report_version (report_id, number, state, regulations_issued, regulations_repealed,
				    regulations_in_force, normative_documents_issued, normative_documents_repealed,
				    normative_documents_in_force, licensing_decisions, penalty_decisions, enforcement_decisions,
				    administrative_fees, overview, problems, other_matters, change_note, created_at, created_by,
				    updated_at, updated_by)
				select report_id, :next, 'DRAFT', regulations_issued, regulations_repealed, regulations_in_force,
				    normative_documents_issued, normative_documents_repealed, normative_documents_in_force,
				    licensing_decisions, penalty_decisions, enforcement_decisions, administrative_fees, overview,
				    problems, other_matters, :note, :now, :actor, :now, :actor
				from annual_report_version where report_id = :id and number = :number
				""")
			.setParameter("next", next)
			.setParameter("note", changeNote)
			.setParameter("now", now)
			.setParameter("actor", actor)
			.setParameter("id", report.id())
			.setParameter("number", report.number())
			.executeUpdate();
		entityManager
			.createNativeQuery("update annual_report set current_number = :next, state = 'DRAFT' where id = :id")
			.setParameter("next", next)
			.setParameter("id", report.id())
			.executeUpdate();
		touch(report);
		step(report.id(), next, ReportStatus.StepKind.CORRECTION_STARTED, changeNote);
		return next;
	}

	/** The years with a stored report, with their published version (null if none). */
	List<YearPublished> published() {
		List<?> rows = entityManager.createNativeQuery("""
				select r.year, r.published_number, r.format, v.published_at, v.change_note
				from annual_report r
				join annual_report_version v on v.report_id = r.id and v.number = r.published_number
				order by r.year desc
				""").getResultList();
		return rows.stream().map(Object[].class::cast).map(r -> {
			Instant at = instant(r[3]);
			return new YearPublished(((Number) r[0]).intValue(), ((Number) r[1]).intValue(), (String) r[2],
					(at != null) ? at : Instant.EPOCH, (String) r[4]);
		}).toList();
	}

	private static @Nullable Integer integer(@Nullable Object value) {
		return (value != null) ? ((Number) value).intValue() : null;
	}

	private static @Nullable Instant instant(@Nullable Object value) {
		if (value instanceof OffsetDateTime time) {
			return time.toInstant();
		}
		if (value instanceof java.sql.Timestamp time) {
			return time.toInstant();
		}
		return (Instant) value;
	}

	/**
	 * A stored report with one of its versions.
	 *
	 * @param version the report's edit counter
	 * @param state the version's state
	 * @param number the version's number
	 * @param currentNumber the number of the version being worked on
	 * @param original an imported report's original as given, JSON; {@code null}
	 * otherwise
	 * @param frozen the computed tables as submitted; {@code null} while the version is
	 * computed from the records
	 */
	record Stored(UUID id, long version, int year, ReportState state, int number, int currentNumber, Table2 table2,
			Map<Section, String> texts, @Nullable String original, @Nullable Frozen frozen, @Nullable String changeNote,
			@Nullable Integer publishedNumber, @Nullable Instant firstSubmittedAt, int timesReturned) {

		boolean imported() {
			return this.original != null;
		}

	}

	/** Tables 三 and 四 and the fees of a submitted version, as submitted. */
	record Frozen(Table3 table3, Table4 table4, int feeCount, BigDecimal feeAmount) {
	}

	record YearPublished(int year, int number, String format, Instant publishedAt, @Nullable String changeNote) {
	}

}
