package org.gongkai.reporting.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.reporting.api.AnnualReport;
import org.gongkai.reporting.api.ExportFormat;
import org.gongkai.reporting.api.ReportException;
import org.gongkai.reporting.api.ReportExports;
import org.gongkai.reporting.api.ReportFormat;
import org.gongkai.reporting.api.ReportHistory;
import org.gongkai.reporting.api.ReportImport;
import org.gongkai.reporting.api.ReportImport.OldOutcome;
import org.gongkai.reporting.api.ReportImport.OldSection;
import org.gongkai.reporting.api.ReportWorkbooks;
import org.gongkai.reporting.api.Table2;
import org.gongkai.reporting.api.Table3;
import org.gongkai.reporting.api.Table3Column;
import org.gongkai.reporting.api.Table3Row;
import org.gongkai.reporting.api.Table4;
import org.gongkai.reporting.api.Table4Column;
import org.gongkai.web.DocumentInspector;
import org.gongkai.web.DocumentType;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;

/**
 * The import template as a workbook: one sheet, one row per figure or text of
 * {@link ReportImport}, each with the field's code (column A, read back), its label, a
 * name where the original names its own breakdown (channels, categories), the value, and
 * a hint. Blank stays blank: an empty value is "not reported", never 0. The filled
 * workbook is read by the codes, so rows may be reordered or labels retyped without harm.
 */
@Service
class ReportWorkbookImport implements ReportWorkbooks {

	/** Column of the field's code, the key the workbook is read by. */
	static final int KEY = 0;

	static final int LABEL = 1;

	static final int NAME = 2;

	static final int VALUE = 3;

	static final int HINT = 4;

	/** The row of the column headings (0-based); fields follow. */
	static final int HEADINGS = 2;

	/** Slots the template offers for an original's own breakdowns. */
	static final int CHANNELS = 4;

	static final int CHANNEL_CATEGORIES = 4;

	static final int CATEGORIES = 6;

	static final int EXTRA_CHANNELS = 4;

	private final ReportHistory history;

	private final MessageSource messages;

	ReportWorkbookImport(ReportHistory history, MessageSource messages) {
		this.history = history;
		this.messages = messages;
	}

	/** What a row holds, which decides how its value is read. */
	enum Kind {

		FORMAT, INTEGER, NAMED, YUAN, TEN_THOUSAND_YUAN, ROUTE, TEXT, GROUP

	}

	/**
	 * One row of the template.
	 *
	 * @param key the field's path in {@link ReportImport} ({@code requests.received},
	 * {@code table3[4][6]}); for named rows the list slot
	 * ({@code published.channels[0]}); blank for group headings
	 */
	record Line(String key, Kind kind, String label, String hint) {
	}

	@Override
	public ReportExports.ReportFile template(ReportFormat format) {
		List<Line> lines = lines(format);
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			XSSFFont bold = workbook.createFont();
			bold.setBold(true);
			XSSFCellStyle heading = workbook.createCellStyle();
			heading.setFont(bold);
			XSSFCellStyle wrap = workbook.createCellStyle();
			wrap.setWrapText(true);
			XSSFFont grey = workbook.createFont();
			grey.setColor((short) 23);
			XSSFCellStyle code = workbook.createCellStyle();
			code.setFont(grey);
			XSSFSheet sheet = workbook.createSheet(text("sheet"));
			int[] widths = { 34, 56, 22, 16, 50 };
			for (int c = 0; c < widths.length; c++) {
				sheet.setColumnWidth(c, widths[c] * 256);
			}
			cell(sheet.createRow(0), 0, text("title", text("format." + format.name())), heading);
			cell(sheet.createRow(1), 0, text("instructions"), null);
			XSSFRow headings = sheet.createRow(HEADINGS);
			String[] columns = { "key", "label", "name", "value", "hint" };
			for (int c = 0; c < columns.length; c++) {
				cell(headings, c, text("column." + columns[c]), heading);
			}
			int r = HEADINGS + 1;
			for (Line line : lines) {
				XSSFRow row = sheet.createRow(r++);
				if (line.kind() == Kind.GROUP) {
					cell(row, LABEL, line.label(), heading);
					continue;
				}
				cell(row, KEY, line.key(), code);
				cell(row, LABEL, line.label(), wrap);
				if (line.kind() == Kind.FORMAT) {
					cell(row, VALUE, format.name(), null);
				}
				else if (line.kind() == Kind.TEXT) {
					row.createCell(VALUE).setCellStyle(wrap);
				}
				if (!line.hint().isEmpty()) {
					cell(row, HINT, line.hint(), wrap);
				}
			}
			sheet.createFreezePane(0, HEADINGS + 1);
			workbook.write(out);
			return new ReportExports.ReportFile(text("file", format.name()), ExportFormat.XLSX.mediaType(),
					out.toByteArray());
		}
		catch (IOException ex) {
			throw new IllegalStateException("The import template could not be written", ex);
		}
	}

	@Override
	public AnnualReport importWorkbook(int year, byte[] content) {
		Read read = read(content);
		try {
			return this.history.importReport(year, read.original());
		}
		catch (ReportException ex) {
			if (ex.fieldErrors().isEmpty()) {
				throw ex;
			}
			// the same refusal, each message led by the row the staff typed it in
			Map<String, List<Object>> bad = new LinkedHashMap<>();
			ex.fieldErrors().forEach((field, message) -> {
				Integer row = read.rows().get(field);
				bad.put(field, (row != null) ? List.of("workbook-row", String.valueOf(row), message)
						: List.of("workbook-message", message));
			});
			throw ReportException.invalid(bad);
		}
	}

	/**
	 * The original as typed, and for each field the 1-based row it came from.
	 */
	record Read(ReportImport original, Map<String, Integer> rows) {
	}

	/**
	 * Reads a filled template; refuses a file that is not one, or values that are
	 * unreadable.
	 */
	Read read(byte[] content) {
		if (!DocumentInspector.contentMatches(DocumentType.XLSX, content)) {
			throw ReportException.invalid(Map.of("file", List.of("not-xlsx")));
		}
		Workbook workbook;
		try {
			workbook = new XSSFWorkbook(new ByteArrayInputStream(content));
		}
		catch (IOException | RuntimeException ex) {
			// POI fails in many ways on a damaged or foreign file; all mean "not
			// readable"
			throw ReportException.invalid(Map.of("file", List.of("not-xlsx")));
		}
		try (workbook) {
			return read(workbook);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private Read read(Workbook workbook) {
		Map<String, Value> values = new LinkedHashMap<>();
		Sheet sheet = workbook.getSheetAt(0);
		DataFormatter formatter = new DataFormatter(Locale.ROOT);
		for (Row row : sheet) {
			String key = string(row.getCell(KEY), formatter);
			if (key == null) {
				continue;
			}
			values.put(key, new Value(row.getRowNum() + 1, string(row.getCell(LABEL), formatter),
					string(row.getCell(NAME), formatter), row.getCell(VALUE), formatter));
		}
		Value formatRow = values.get("format");
		if (formatRow == null) {
			throw ReportException.invalid(Map.of("file", List.of("not-template")));
		}
		ReportFormat format = null;
		String formatText = formatRow.text();
		for (ReportFormat candidate : ReportFormat.values()) {
			if (candidate.name().equalsIgnoreCase((formatText != null) ? formatText.strip() : "")) {
				format = candidate;
			}
		}
		if (format == null) {
			throw ReportException.invalid(Map.of("format", List.of("workbook-format", String.valueOf(formatRow.row()),
					formatRow.label(), String.valueOf(formatText))));
		}
		return new Parser(format, values).parse();
	}

	/** One row as typed: its number, label, name and value cell. */
	record Value(int row, @Nullable String labelText, @Nullable String name, @Nullable Cell cell,
			DataFormatter formatter) {

		@Nullable String text() {
			return string(this.cell, this.formatter);
		}

		String label() {
			return (this.labelText != null) ? this.labelText : "";
		}

	}

	/** Reads the values of one format's rows, collecting every unreadable one. */
	private static final class Parser {

		private final ReportFormat format;

		private final Map<String, Value> values;

		private final Map<String, List<Object>> bad = new LinkedHashMap<>();

		private final Map<String, Integer> rows = new LinkedHashMap<>();

		Parser(ReportFormat format, Map<String, Value> values) {
			this.format = format;
			this.values = values;
		}

		Read parse() {
			ReportImport original = switch (this.format) {
				case PRE2019 -> new ReportImport(this.format, published(), requests(), cases("reconsideration"),
						cases("litigation"), route(), amount("feesCollected", false), table2(), null, null, null,
						texts());
				case TRIAL2019 -> new ReportImport(this.format, null, null, null, null, null, null, null, trialTable2(),
						table3(ReportImport.TRIAL_TABLE3_ROWS), table4(), texts());
				case F2021 -> new ReportImport(this.format, null, null, null, null, null, null, table2(), null,
						table3(Table3.ROWS), table4(), texts());
			};
			if (!this.bad.isEmpty()) {
				throw ReportException.invalid(this.bad);
			}
			return new Read(original, this.rows);
		}

		private ReportImport.@Nullable Published published() {
			List<ReportImport.Channel> channels = new ArrayList<>();
			for (int i = 0; i < CHANNELS; i++) {
				String slot = "published.channels[" + i + "]";
				String at = "published.channels[" + channels.size() + "]";
				List<ReportImport.Count> categories = counts(slot + ".categories", at + ".categories",
						CHANNEL_CATEGORIES);
				Value value = this.values.get(slot);
				Integer count = integer(slot, at + ".count");
				String name = (value != null) ? value.name() : null;
				if (name != null || count != null || !categories.isEmpty()) {
					if (value != null) {
						this.rows.put(at + ".name", value.row());
					}
					channels.add(new ReportImport.Channel(name, count, categories.isEmpty() ? null : categories));
				}
			}
			Integer total = integer("published.total", "published.total");
			List<ReportImport.Count> categories = counts("published.categories", "published.categories", CATEGORIES);
			List<ReportImport.Count> extras = counts("published.extraChannels", "published.extraChannels",
					EXTRA_CHANNELS);
			if (total == null && channels.isEmpty() && categories.isEmpty() && extras.isEmpty()) {
				return null;
			}
			return new ReportImport.Published(total, channels.isEmpty() ? null : channels,
					categories.isEmpty() ? null : categories, extras.isEmpty() ? null : extras);
		}

		/**
		 * The named counts of a list, filled slots only, numbered as the import will name
		 * them.
		 */
		private List<ReportImport.Count> counts(String slots, String list, int size) {
			List<ReportImport.Count> counts = new ArrayList<>();
			for (int j = 0; j < size; j++) {
				String slot = slots + "[" + j + "]";
				String at = list + "[" + counts.size() + "]";
				Value value = this.values.get(slot);
				Integer count = integer(slot, at + ".count");
				String name = (value != null) ? value.name() : null;
				if (name != null || count != null) {
					if (value != null) {
						this.rows.put(at + ".name", value.row());
					}
					counts.add(new ReportImport.Count(name, count));
				}
			}
			return counts;
		}

		private ReportImport.@Nullable Requests requests() {
			Integer received = integer("requests.received");
			Integer carriedIn = integer("requests.carriedIn");
			Integer answered = integer("requests.answered");
			Integer pending = integer("requests.pending");
			Map<OldOutcome, Integer> outcomes = new EnumMap<>(OldOutcome.class);
			for (OldOutcome outcome : OldOutcome.values()) {
				Integer value = integer("requests.outcomes." + outcome.name());
				if (value != null) {
					outcomes.put(outcome, value);
				}
			}
			if (received == null && carriedIn == null && answered == null && pending == null && outcomes.isEmpty()) {
				return null;
			}
			return new ReportImport.Requests(received, carriedIn, answered, pending,
					outcomes.isEmpty() ? null : outcomes);
		}

		private ReportImport.@Nullable Cases cases(String block) {
			Integer upheld = integer(block + ".upheld");
			Integer corrected = integer(block + ".corrected");
			Integer other = integer(block + ".other");
			Integer pending = integer(block + ".pending");
			Integer total = integer(block + ".total");
			if (upheld == null && corrected == null && other == null && pending == null && total == null) {
				return null;
			}
			return new ReportImport.Cases(upheld, corrected, other, pending, total);
		}

		private Table4Column.@Nullable Block route() {
			Value value = this.values.get("litigationRoute");
			String text = (value != null) ? value.text() : null;
			if (value == null || text == null) {
				return null;
			}
			this.rows.put("litigationRoute", value.row());
			String typed = text.strip();
			for (Table4Column.Block block : List.of(Table4Column.Block.DIRECT,
					Table4Column.Block.AFTER_RECONSIDERATION)) {
				if (typed.equals(block.route()) || typed.equalsIgnoreCase(block.name())) {
					return block;
				}
			}
			this.bad.put("litigationRoute",
					List.of("workbook-route", String.valueOf(value.row()), value.label(), typed));
			return null;
		}

		private @Nullable Table2 table2() {
			Integer[] figures = new Integer[9];
			Table2.Field[] fields = Table2.Field.values();
			boolean any = false;
			for (int i = 0; i < figures.length; i++) {
				figures[i] = integer("table2." + fields[i].property());
				any |= figures[i] != null;
			}
			BigDecimal fees = amount("table2." + Table2.Field.ADMINISTRATIVE_FEES.property(), true);
			if (!any && fees == null && this.format == ReportFormat.PRE2019) {
				return null;
			}
			return new Table2(figures[0], figures[1], figures[2], figures[3], figures[4], figures[5], figures[6],
					figures[7], figures[8], fees);
		}

		private ReportImport.@Nullable Trial2019Table2 trialTable2() {
			Integer made = integer("trialTable2.normativeDocumentsMade");
			Integer licensing = integer("trialTable2.licensingDecisions");
			Integer penalties = integer("trialTable2.penaltyDecisions");
			Integer enforcement = integer("trialTable2.enforcementDecisions");
			if (made == null && licensing == null && penalties == null && enforcement == null) {
				return null;
			}
			return new ReportImport.Trial2019Table2(made, licensing, penalties, enforcement);
		}

		private List<List<@Nullable Integer>> table3(int rows) {
			List<List<@Nullable Integer>> table = new ArrayList<>();
			for (int r = 0; r < rows; r++) {
				List<@Nullable Integer> row = new ArrayList<>();
				for (int c = 0; c < Table3.COLUMNS; c++) {
					row.add(integer("table3[" + r + "][" + c + "]"));
				}
				table.add(row);
			}
			return table;
		}

		private List<@Nullable Integer> table4() {
			List<@Nullable Integer> table = new ArrayList<>();
			for (int c = 0; c < Table4.COLUMNS; c++) {
				table.add(integer("table4[" + c + "]"));
			}
			return table;
		}

		private @Nullable Map<OldSection, String> texts() {
			Map<OldSection, String> texts = new EnumMap<>(OldSection.class);
			for (OldSection section : sections(this.format)) {
				String key = "texts." + section.name();
				Value value = this.values.get(key);
				String text = (value != null) ? value.text() : null;
				if (value != null && text != null) {
					this.rows.put(key, value.row());
					texts.put(section, text);
				}
			}
			return texts.isEmpty() ? null : texts;
		}

		private @Nullable Integer integer(String key) {
			return integer(key, key);
		}

		/**
		 * The whole number in the row of {@code key}, reported under {@code field};
		 * {@code null} when blank.
		 */
		private @Nullable Integer integer(String key, String field) {
			Value value = this.values.get(key);
			if (value == null) {
				return null;
			}
			this.rows.put(field, value.row());
			Cell cell = value.cell();
			if (cell != null && cell.getCellType() == CellType.NUMERIC) {
				double number = cell.getNumericCellValue();
				if (number == Math.rint(number) && Math.abs(number) <= Integer.MAX_VALUE) {
					return (int) number;
				}
			}
			else {
				String text = value.text();
				if (text == null) {
					return null;
				}
				try {
					return Integer.valueOf(text.replace(",", "").replace("，", "").strip());
				}
				catch (NumberFormatException ex) {
					// reported below with the row
				}
			}
			this.bad.put(field, List.of("workbook-integer", String.valueOf(value.row()), value.label(),
					String.valueOf(value.text())));
			return null;
		}

		/**
		 * An amount in 元; {@code tenThousand}: typed in 万元 as the 2021 form prints it.
		 */
		private @Nullable BigDecimal amount(String key, boolean tenThousand) {
			Value value = this.values.get(key);
			String text = (value != null) ? value.text() : null;
			if (value == null || text == null) {
				return null;
			}
			this.rows.put(key, value.row());
			Cell cell = value.cell();
			try {
				BigDecimal amount = (cell != null && cell.getCellType() == CellType.NUMERIC)
						? BigDecimal.valueOf(cell.getNumericCellValue())
						: new BigDecimal(text.replace(",", "").replace("，", "").strip());
				return tenThousand ? amount.movePointRight(4) : amount;
			}
			catch (NumberFormatException ex) {
				this.bad.put(key, List.of("workbook-amount", String.valueOf(value.row()), value.label(), text));
				return null;
			}
		}

	}

	/** The old sections a format's original has as texts. */
	static List<OldSection> sections(ReportFormat format) {
		return (format == ReportFormat.PRE2019) ? List.of(OldSection.values())
				: List.of(OldSection.OVERVIEW, OldSection.PROBLEMS, OldSection.OTHER);
	}

	/** The rows of a format's template, in the order of the original report. */
	List<Line> lines(ReportFormat format) {
		List<Line> lines = new ArrayList<>();
		lines.add(new Line("format", Kind.FORMAT, label("format"), text("hint.format")));
		if (format == ReportFormat.PRE2019) {
			lines.add(group("published"));
			lines.add(line("published.total", Kind.INTEGER, label("published.total"), text("hint.count")));
			for (int i = 0; i < CHANNELS; i++) {
				lines.add(new Line("published.channels[" + i + "]", Kind.NAMED, text("label.channel", i + 1),
						text("hint.named")));
				for (int j = 0; j < CHANNEL_CATEGORIES; j++) {
					lines.add(new Line("published.channels[" + i + "].categories[" + j + "]", Kind.NAMED,
							text("label.channel-category", i + 1, j + 1), text("hint.named")));
				}
			}
			for (int i = 0; i < CATEGORIES; i++) {
				lines.add(new Line("published.categories[" + i + "]", Kind.NAMED, text("label.category", i + 1),
						text("hint.named")));
			}
			for (int i = 0; i < EXTRA_CHANNELS; i++) {
				lines.add(new Line("published.extraChannels[" + i + "]", Kind.NAMED, text("label.extra-channel", i + 1),
						text("hint.extra-channel")));
			}
			lines.add(group("requests"));
			for (String field : List.of("received", "carriedIn", "answered", "pending")) {
				lines.add(line("requests." + field, Kind.INTEGER, label("requests." + field), text("hint.count")));
			}
			for (OldOutcome outcome : OldOutcome.values()) {
				lines.add(line("requests.outcomes." + outcome.name(), Kind.INTEGER,
						label("requests.outcomes." + outcome.name()), text("hint.count")));
			}
			lines.add(group("cases"));
			for (String block : List.of("reconsideration", "litigation")) {
				for (String field : List.of("upheld", "corrected", "other", "pending", "total")) {
					lines.add(line(block + "." + field, Kind.INTEGER, label(block + "." + field), text("hint.count")));
				}
			}
			lines.add(line("litigationRoute", Kind.ROUTE, label("litigationRoute"), text("hint.route")));
			lines.add(line("feesCollected", Kind.YUAN, label("feesCollected"), text("hint.yuan")));
			lines.add(group("table2-old"));
			for (Table2.Field field : Table2.Field.values()) {
				if (!field.name().startsWith("REGULATIONS")) {
					lines.add(table2Line(field));
				}
			}
		}
		else if (format == ReportFormat.TRIAL2019) {
			lines.add(group("table2"));
			for (String field : List.of("normativeDocumentsMade", "licensingDecisions", "penaltyDecisions",
					"enforcementDecisions")) {
				lines
					.add(line("trialTable2." + field, Kind.INTEGER, label("trialTable2." + field), text("hint.count")));
			}
		}
		else {
			lines.add(group("table2"));
			for (Table2.Field field : Table2.Field.values()) {
				lines.add(table2Line(field));
			}
		}
		if (format != ReportFormat.PRE2019) {
			lines.add(group("table3"));
			List<String> rows = table3Labels(format);
			for (int r = 0; r < rows.size(); r++) {
				for (Table3Column column : Table3Column.values()) {
					lines.add(line("table3[" + r + "][" + column.ordinal() + "]", Kind.INTEGER,
							text("label.table3", rows.get(r), column.label()), ""));
				}
			}
			lines.add(group("table4"));
			for (Table4Column column : Table4Column.values()) {
				lines.add(line("table4[" + column.ordinal() + "]", Kind.INTEGER, text("label.table4", column.label()),
						""));
			}
		}
		lines.add(group("texts"));
		for (OldSection section : sections(format)) {
			lines.add(line(
					"texts." + section.name(), Kind.TEXT, (format == ReportFormat.PRE2019)
							? label("texts." + section.name()) : text("label.text-" + section.name()),
					text("hint.text")));
		}
		return lines;
	}

	private Line table2Line(Table2.Field field) {
		boolean fee = field == Table2.Field.ADMINISTRATIVE_FEES;
		return line("table2." + field.property(), fee ? Kind.TEN_THOUSAND_YUAN : Kind.INTEGER,
				fee ? text("label.administrative-fees") : label("table2." + field.property()),
				fee ? text("hint.ten-thousand-yuan") : text("hint.count"));
	}

	/**
	 * Table 三's row labels as the format prints them: the trial form's （六） is one row.
	 */
	static List<String> table3Labels(ReportFormat format) {
		List<String> labels = new ArrayList<>();
		for (Table3Row row : Table3Row.values()) {
			if (format == ReportFormat.TRIAL2019
					&& (row == Table3Row.OTHER_NO_CORRECTION || row == Table3Row.OTHER_FEE_UNPAID)) {
				continue;
			}
			String label = String.join(" ", row.labels());
			if (format == ReportFormat.TRIAL2019 && row == Table3Row.OTHER) {
				label = row.level1() + " " + row.level2();
			}
			labels.add(label);
		}
		return labels;
	}

	private Line group(String name) {
		return new Line("", Kind.GROUP, text("group." + name), "");
	}

	private static Line line(String key, Kind kind, String label, String hint) {
		return new Line(key, kind, label, hint);
	}

	private static @Nullable String string(@Nullable Cell cell, DataFormatter formatter) {
		if (cell == null) {
			return null;
		}
		String text = (cell.getCellType() == CellType.FORMULA)
				? formatter.formatCellValue(cell,
						cell.getSheet().getWorkbook().getCreationHelper().createFormulaEvaluator())
				: formatter.formatCellValue(cell);
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	private static void cell(XSSFRow row, int column, String text, @Nullable XSSFCellStyle style) {
		var cell = row.createCell(column);
		cell.setCellValue(text);
		if (style != null) {
			cell.setCellStyle(style);
		}
	}

	/** A field's label as refusals name it. */
	private String label(String field) {
		return this.messages.getMessage("reporting.label." + field, null, field, locale());
	}

	private String text(String key, Object... arguments) {
		Object[] texts = new Object[arguments.length];
		for (int i = 0; i < arguments.length; i++) {
			// numbers as text: MessageFormat would group them
			texts[i] = String.valueOf(arguments[i]);
		}
		return this.messages.getMessage("reporting.workbook." + key, texts, locale());
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

}
