package org.gongkai.reporting.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.gongkai.reporting.api.AnnualReport;
import org.gongkai.reporting.api.Finding;
import org.gongkai.reporting.api.ReportDeadlines;
import org.gongkai.reporting.api.ReportEvent;
import org.gongkai.reporting.api.ReportException;
import org.gongkai.reporting.api.ReportFormat;
import org.gongkai.reporting.api.ReportState;
import org.gongkai.reporting.api.ReportStatus;
import org.gongkai.reporting.api.ReportStatus.StepKind;
import org.gongkai.reporting.api.ReportWorkflow;
import org.gongkai.reporting.internal.ReportStore.Stored;
import org.gongkai.tenancy.api.AuditTrail;
import org.gongkai.tenancy.api.TenantContext;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class DefaultReportWorkflow implements ReportWorkflow {

	static final int MAX_COMMENT = 2_000;

	private final ReportStore store;

	private final DefaultAnnualReports reports;

	private final ReportDeadlines deadlines;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	DefaultReportWorkflow(ReportStore store, DefaultAnnualReports reports, ReportDeadlines deadlines, AuditTrail audit,
			ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.reports = reports;
		this.deadlines = deadlines;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public ReportStatus status(int year) {
		Stored stored = store.load(year, false);
		if (stored == null) {
			// a year without a stored report has one only if it can be computed
			reports.checkYear(year);
		}
		return status(year, stored);
	}

	@Override
	@Transactional
	public ReportStatus submit(int year, long version) {
		Stored report = current(year, version, "submit");
		if (!report.state().editable()) {
			throw ReportException.notAllowed(year, report.state(), "submit");
		}
		AnnualReport read = reports.read(report);
		List<Finding> errors = read.findings().stream().filter(Finding::blocking).toList();
		if (!errors.isEmpty()) {
			throw ReportException.blocked(year, errors);
		}
		// what the city reviews is what the records said at submission
		store.freeze(report,
				new ReportStore.Frozen(read.table3(), read.table4(), read.fees().count(), read.fees().amount()));
		store.markSubmitted(report);
		store.move(report, ReportState.SUBMITTED, StepKind.SUBMITTED, null);
		LocalDate dueOn = deadlines.dueDate(year);
		audit.record("annual-report.submitted", String.valueOf(year),
				"第" + report.number() + "版 报送市政务公开办，截止日期 " + dueOn);
		events.publishEvent(
				new ReportEvent.Submitted(TenantContext.require(), year, report.number(), clock.instant(), dueOn));
		return status(year);
	}

	@Override
	@Transactional
	public ReportStatus returnForRevision(int year, long version, String comment) {
		String text = requiredText("comment", comment);
		Stored report = current(year, version, "return");
		if (report.state() != ReportState.SUBMITTED) {
			throw ReportException.notAllowed(year, report.state(), "return");
		}
		// the town revises against the records as they are now
		store.freeze(report, null);
		store.countReturn(report);
		store.move(report, ReportState.RETURNED, StepKind.RETURNED, text);
		audit.record("annual-report.returned", String.valueOf(year), "第" + report.number() + "版 退回修改：" + text);
		events.publishEvent(
				new ReportEvent.Returned(TenantContext.require(), year, report.number(), clock.instant(), text));
		return status(year);
	}

	@Override
	@Transactional
	public ReportStatus approve(int year, long version, boolean publish) {
		Stored report = current(year, version, "approve");
		if (report.state() != ReportState.SUBMITTED) {
			throw ReportException.notAllowed(year, report.state(), "approve");
		}
		store.move(report, ReportState.APPROVED, StepKind.APPROVED, null);
		audit.record("annual-report.approved", String.valueOf(year), "第" + report.number() + "版 审核通过");
		events.publishEvent(new ReportEvent.Approved(TenantContext.require(), year, report.number(), clock.instant()));
		if (publish) {
			Stored approved = store.load(year, true);
			publish(java.util.Objects.requireNonNull(approved));
		}
		return status(year);
	}

	@Override
	@Transactional
	public ReportStatus publish(int year, long version) {
		Stored report = current(year, version, "publish");
		if (report.state() != ReportState.APPROVED) {
			throw ReportException.notAllowed(year, report.state(), "publish");
		}
		publish(report);
		return status(year);
	}

	private void publish(Stored report) {
		store.markPublished(report);
		store.move(report, ReportState.PUBLISHED, StepKind.PUBLISHED, null);
		audit.record("annual-report.published", String.valueOf(report.year()), "第" + report.number() + "版 在乡镇门户公开"
				+ ((report.changeNote() != null) ? "，更正说明：" + report.changeNote() : ""));
		events.publishEvent(
				new ReportEvent.Published(TenantContext.require(), report.year(), report.number(), clock.instant()));
	}

	@Override
	@Transactional
	public ReportStatus correct(int year, long version, String changeNote) {
		String note = requiredText("changeNote", changeNote);
		Stored report = current(year, version, "correct");
		if (report.imported()) {
			throw ReportException.importedReport(year);
		}
		if (report.state() != ReportState.PUBLISHED) {
			throw ReportException.notAllowed(year, report.state(), "correct");
		}
		int next = store.copyAsDraft(report, note);
		audit.record("annual-report.correction-started", String.valueOf(year),
				"第" + next + "版 更正第" + report.number() + "版：" + note);
		return status(year);
	}

	@Override
	@Transactional(readOnly = true)
	public @Nullable AnnualReport published(int year) {
		Stored current = store.load(year, false);
		Integer number = (current != null) ? current.publishedNumber() : null;
		if (number == null) {
			return null;
		}
		Stored published = store.load(year, number, false);
		return (published != null) ? reports.read(published) : null;
	}

	@Override
	@Transactional(readOnly = true)
	public List<PublishedReport> publishedReports() {
		return store.published()
			.stream()
			.map(year -> new PublishedReport(year.year(), ReportFormat.valueOf(year.format()), year.number(),
					year.publishedAt(), year.changeNote()))
			.toList();
	}

	/** The year's report, locked, at the version the caller read. */
	private Stored current(int year, long version, String action) {
		Stored report = store.load(year, true);
		if (report == null) {
			// nothing stored: nothing to submit or review yet
			throw ReportException.notAllowed(year, ReportState.DRAFT, action);
		}
		if (report.version() != version) {
			throw ReportException.stale(year);
		}
		return report;
	}

	private ReportStatus status(int year, @Nullable Stored stored) {
		LocalDate dueOn = deadlines.dueDate(year);
		String town = TenantContext.require();
		if (stored == null) {
			return new ReportStatus(town, year, ReportState.DRAFT, 0, 0, dueOn, null, daysLate(dueOn, null), 0, null,
					null, false, List.of());
		}
		LocalDate submittedOn = (stored.firstSubmittedAt() != null)
				? LocalDate.ofInstant(stored.firstSubmittedAt(), clock.getZone()) : null;
		int late = stored.imported() ? 0 : daysLate(dueOn, submittedOn);
		return new ReportStatus(town, year, stored.state(), stored.number(), stored.version(), dueOn,
				stored.firstSubmittedAt(), late, stored.timesReturned(), stored.changeNote(), stored.publishedNumber(),
				stored.imported(), store.steps(stored.id()));
	}

	/**
	 * Days the first submission came after the due date; while none came, days since the
	 * due date.
	 */
	private int daysLate(LocalDate dueOn, @Nullable LocalDate submittedOn) {
		LocalDate until = (submittedOn != null) ? submittedOn : LocalDate.now(clock);
		return (int) Math.max(0, ChronoUnit.DAYS.between(dueOn, until));
	}

	private static String requiredText(String field, @Nullable String text) {
		String value = (text != null) ? text.strip() : "";
		if (value.isEmpty()) {
			throw ReportException.invalid(Map.of(field, List.of("required")));
		}
		if (value.length() > MAX_COMMENT) {
			throw ReportException.invalid(
					Map.of(field, List.of("too-long", String.valueOf(MAX_COMMENT), String.valueOf(value.length()))));
		}
		return value;
	}

}
