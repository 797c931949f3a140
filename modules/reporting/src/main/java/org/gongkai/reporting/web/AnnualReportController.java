package org.gongkai.reporting.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.gongkai.reporting.api.AnnualReport;
import org.gongkai.reporting.api.AnnualReports;
import org.gongkai.reporting.api.ExportFormat;
import org.gongkai.reporting.api.Finding;
import org.gongkai.reporting.api.ProcessingFees;
import org.gongkai.reporting.api.ReportException;
import org.gongkai.reporting.api.ReportExports;
import org.gongkai.reporting.api.ReportHistory;
import org.gongkai.reporting.api.ReportImport;
import org.gongkai.reporting.api.ReportWorkflow;
import org.gongkai.reporting.api.Section;
import org.gongkai.reporting.api.Table2;
import org.gongkai.reporting.api.Table3;
import org.gongkai.reporting.api.Table3Column;
import org.gongkai.reporting.api.Table3Row;
import org.gongkai.reporting.api.Table4;
import org.gongkai.reporting.api.Table4Column;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The annual report as JSON: the town's staff and the city office read it (the security
 * chain admits the town's members and city supervisors), the town's admin and editors
 * enter table 二 and the texts.
 */
@RestController
@RequestMapping("/api/v1/towns/{code}/annual-reports/{year}")
class AnnualReportController {

	static final String EDITORS = "hasAnyRole('town-admin', 'town-editor')";

	/** Submission, publication and corrections commit the town: its admin decides. */
	static final String TOWN_ADMIN = "hasRole('town-admin')";

	private final AnnualReports reports;

	private final ReportHistory history;

	private final ReportExports exports;

	private final ReportWorkflow workflow;

	AnnualReportController(AnnualReports reports, ReportHistory history, ReportExports exports,
			ReportWorkflow workflow) {
		this.reports = reports;
		this.history = history;
		this.exports = exports;
		this.workflow = workflow;
	}

	@GetMapping
	ReportView report(@PathVariable String code, @PathVariable int year) {
		return ReportView.of(reports.report(year));
	}

	/**
	 * The report as a file in the official layout, named after the town and year;
	 * {@code filename*} (RFC 5987) carries the Chinese name.
	 */
	@GetMapping("/export")
	ResponseEntity<byte[]> export(@PathVariable String code, @PathVariable int year, @RequestParam String format) {
		ReportExports.ReportFile file = exports.export(year, ExportFormat.of(format));
		return ReportPagesController.download(file);
	}

	@PutMapping("/table2")
	@PreAuthorize(EDITORS)
	ReportView figures(@PathVariable String code, @PathVariable int year, @RequestBody FiguresForm form) {
		return ReportView.of(reports.saveFigures(year, required(form.version()), form.figures()));
	}

	@PutMapping("/sections")
	@PreAuthorize(EDITORS)
	ReportView texts(@PathVariable String code, @PathVariable int year, @RequestBody TextsForm form) {
		Map<Section, @Nullable String> texts = new EnumMap<>(Section.class);
		if (form.texts() != null) {
			texts.putAll(form.texts());
		}
		return ReportView.of(reports.saveTexts(year, required(form.version()), texts));
	}

	/**
	 * An earlier year's report typed in from its original; the report as it now reads,
	 * with what the import found.
	 */
	@PostMapping("/import")
	@PreAuthorize(EDITORS)
	@ResponseStatus(HttpStatus.CREATED)
	ReportView importReport(@PathVariable String code, @PathVariable int year, @RequestBody ReportImport original) {
		return ReportView.of(history.importReport(year, original));
	}

	/** Where the report stands in the city's review, its steps and versions. */
	@GetMapping("/status")
	StatusView status(@PathVariable String code, @PathVariable int year) {
		return StatusView.of(workflow.status(year));
	}

	@PostMapping("/submit")
	@PreAuthorize(TOWN_ADMIN)
	StatusView submit(@PathVariable String code, @PathVariable int year, @RequestBody StepForm form) {
		return StatusView.of(workflow.submit(year, required(form.version())));
	}

	/** Publishes a version the city approved without publishing it. */
	@PostMapping("/publish")
	@PreAuthorize(TOWN_ADMIN)
	StatusView publish(@PathVariable String code, @PathVariable int year, @RequestBody StepForm form) {
		return StatusView.of(workflow.publish(year, required(form.version())));
	}

	/**
	 * Opens a correction of the published report: a new version saying what it changes.
	 */
	@PostMapping("/corrections")
	@PreAuthorize(TOWN_ADMIN)
	@ResponseStatus(HttpStatus.CREATED)
	StatusView correct(@PathVariable String code, @PathVariable int year, @RequestBody StepForm form) {
		return StatusView
			.of(workflow.correct(year, required(form.version()), (form.text() != null) ? form.text() : ""));
	}

	static long required(@Nullable Long version) {
		if (version == null) {
			throw ReportException.invalid(Map.of("version", List.of("required")));
		}
		return version;
	}

	/**
	 * A workflow step: the report's version as read, and for a return or a correction its
	 * text.
	 */
	record StepForm(@Nullable Long version, @Nullable String text, @Nullable Boolean publish) {
	}

	/** Table 二 as entered, with the version read; the fee in 元. */
	record FiguresForm(@Nullable Long version, @Nullable Integer regulationsIssued,
			@Nullable Integer regulationsRepealed, @Nullable Integer regulationsInForce,
			@Nullable Integer normativeDocumentsIssued, @Nullable Integer normativeDocumentsRepealed,
			@Nullable Integer normativeDocumentsInForce, @Nullable Integer licensingDecisions,
			@Nullable Integer penaltyDecisions, @Nullable Integer enforcementDecisions,
			@Nullable BigDecimal administrativeFees) {

		Table2 figures() {
			return new Table2(regulationsIssued, regulationsRepealed, regulationsInForce, normativeDocumentsIssued,
					normativeDocumentsRepealed, normativeDocumentsInForce, licensingDecisions, penaltyDecisions,
					enforcementDecisions, administrativeFees);
		}

	}

	/** The texts of sections 一, 五 and 六 by section name ({@code OVERVIEW}, …). */
	record TextsForm(@Nullable Long version, @Nullable Map<Section, @Nullable String> texts) {
	}

	/**
	 * The report for the API: tables in the official order with their labels, each
	 * section's text and generated draft, and the findings.
	 */
	record ReportView(String town, int year, String format, String state, int versionNumber, long version,
			boolean blocked, List<SectionView> sections, Table2View table2, Table3View table3, Table4View table4,
			FeesView fees, List<Finding> findings) {

		static ReportView of(AnnualReport report) {
			List<SectionView> sections = Arrays.stream(Section.values())
				.map(section -> new SectionView(section.name(), section.heading(), section.narrative(),
						report.texts().get(section), report.drafts().get(section)))
				.toList();
			return new ReportView(report.town(), report.year(), report.format().name(), report.state().name(),
					report.versionNumber(), report.version(), report.blocked(), sections,
					new Table2View(FiguresView.of(report.table2()),
							(report.lastYearTable2() != null) ? FiguresView.of(report.lastYearTable2()) : null),
					Table3View.of(report.table3()), Table4View.of(report.table4()), FeesView.of(report.fees()),
					report.findings());
		}

	}

	record SectionView(String section, String heading, boolean narrative, @Nullable String text,
			@Nullable String draft) {
	}

	/** This year's figures and last year's beside them ({@code null} when not stored). */
	record Table2View(FiguresView thisYear, @Nullable FiguresView lastYear) {
	}

	/**
	 * Table 二's figures; {@code null} = not reported. The fee in 元 as stored and in 万元 as
	 * the form prints it.
	 */
	record FiguresView(@Nullable Integer regulationsIssued, @Nullable Integer regulationsRepealed,
			@Nullable Integer regulationsInForce, @Nullable Integer normativeDocumentsIssued,
			@Nullable Integer normativeDocumentsRepealed, @Nullable Integer normativeDocumentsInForce,
			@Nullable Integer licensingDecisions, @Nullable Integer penaltyDecisions,
			@Nullable Integer enforcementDecisions, @Nullable BigDecimal administrativeFees,
			@Nullable BigDecimal administrativeFeesTenThousandYuan) {

		static FiguresView of(Table2 table) {
			return new FiguresView(table.regulationsIssued(), table.regulationsRepealed(), table.regulationsInForce(),
					table.normativeDocumentsIssued(), table.normativeDocumentsRepealed(),
					table.normativeDocumentsInForce(), table.licensingDecisions(), table.penaltyDecisions(),
					table.enforcementDecisions(), table.administrativeFees(),
					table.administrativeFeesTenThousandYuan());
		}

	}

	/** 25 rows × 7 columns in the official order. */
	record Table3View(String note, List<String> columns, List<Table3RowView> rows) {

		static Table3View of(Table3 table) {
			List<Table3RowView> rows = new ArrayList<>();
			for (Table3Row row : Table3Row.values()) {
				rows.add(new Table3RowView(row.number(), row.labels(), table.row(row)));
			}
			return new Table3View(Table3Row.CHECK_NOTE,
					Arrays.stream(Table3Column.values()).map(Table3Column::label).toList(), rows);
		}

	}

	record Table3RowView(int number, List<String> labels, List<@Nullable Integer> cells) {
	}

	/** The 15 cells in the official order, each column with its header levels. */
	record Table4View(List<Table4ColumnView> columns, List<@Nullable Integer> cells) {

		static Table4View of(Table4 table) {
			return new Table4View(Arrays.stream(Table4Column.values())
				.map(column -> new Table4ColumnView(column.block().kind(), column.block().route(),
						column.result().label()))
				.toList(), table.cells());
		}

	}

	record Table4ColumnView(String kind, @Nullable String route, String result) {
	}

	record FeesView(int count, BigDecimal amount, BigDecimal tenThousandYuan) {

		static FeesView of(ProcessingFees fees) {
			return new FeesView(fees.count(), fees.amount(), fees.tenThousandYuan());
		}

	}

}
