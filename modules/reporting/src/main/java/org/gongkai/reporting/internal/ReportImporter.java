package org.gongkai.reporting.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.gongkai.reporting.api.Finding;
import org.gongkai.reporting.api.Finding.Cell;
import org.gongkai.reporting.api.ReportFormat;
import org.gongkai.reporting.api.ReportImport;
import org.gongkai.reporting.api.ReportImport.Cases;
import org.gongkai.reporting.api.ReportImport.Channel;
import org.gongkai.reporting.api.ReportImport.Count;
import org.gongkai.reporting.api.ReportImport.OldOutcome;
import org.gongkai.reporting.api.ReportImport.OldSection;
import org.gongkai.reporting.api.Rule;
import org.gongkai.reporting.api.Section;
import org.gongkai.reporting.api.Table2;
import org.gongkai.reporting.api.Table3;
import org.gongkai.reporting.api.Table3Column;
import org.gongkai.reporting.api.Table3Row;
import org.gongkai.reporting.api.Table4;
import org.gongkai.reporting.api.Table4Column;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;

/**
 * Reads an earlier year's report into the 2021 structure by domain reference §6.2, and
 * checks the original's own arithmetic. Pure: the same original always gives the same
 * tables and findings, so only the original is stored and the mapping is redone on
 * reading.
 */
final class ReportImporter {

	/** Findings about the original's figures name them in a "table" of their own. */
	static final String ORIGINAL = "原报告";

	private final MessageSource messages;

	private final Locale locale;

	ReportImporter(MessageSource messages, Locale locale) {
		this.messages = messages;
		this.locale = locale;
	}

	/** The original in the 2021 structure, with what the import found. */
	record Mapped(Table2 table2, Table3 table3, Table4 table4, Map<Section, String> texts, List<Finding> findings) {
	}

	/** The years each format was used for. */
	static int firstYear(ReportFormat format) {
		return switch (format) {
			case PRE2019 -> 2008;
			case TRIAL2019 -> 2019;
			case F2021 -> ReportFormat.FIRST_2021_YEAR;
		};
	}

	static int lastYear(ReportFormat format, int currentYear) {
		return switch (format) {
			case PRE2019 -> 2018;
			case TRIAL2019 -> 2020;
			case F2021 -> currentYear;
		};
	}

	/** Field → message code and arguments, for what cannot be imported at all. */
	static Map<String, List<Object>> validate(int year, int currentYear, ReportImport original) {
		Map<String, List<Object>> bad = new LinkedHashMap<>();
		ReportFormat format = original.format();
		if (format == null) {
			bad.put("format", List.of("required"));
			return bad;
		}
		if (year < firstYear(format) || year > lastYear(format, currentYear)) {
			bad.put("format", List.of("wrong-year", String.valueOf(year), String.valueOf(firstYear(format)),
					String.valueOf(lastYear(format, currentYear))));
		}
		if (original.published() != null) {
			ReportImport.Published published = original.published();
			count("published.total", published.total(), bad);
			List<Channel> channels = list(published.channels());
			for (int i = 0; i < channels.size(); i++) {
				Channel channel = channels.get(i);
				name("published.channels[" + i + "].name", channel.name(), bad);
				count("published.channels[" + i + "].count", channel.count(), bad);
				counts("published.channels[" + i + "].categories", list(channel.categories()), bad);
			}
			counts("published.categories", list(published.categories()), bad);
			counts("published.extraChannels", list(published.extraChannels()), bad);
		}
		if (original.requests() != null) {
			ReportImport.Requests requests = original.requests();
			count("requests.received", requests.received(), bad);
			count("requests.carriedIn", requests.carriedIn(), bad);
			count("requests.answered", requests.answered(), bad);
			count("requests.pending", requests.pending(), bad);
			if (requests.outcomes() != null) {
				requests.outcomes().forEach((outcome, value) -> {
					String field = "requests.outcomes." + outcome.name();
					if (value == null) {
						bad.put(field, List.of("required"));
					}
					else {
						count(field, value, bad);
					}
				});
			}
		}
		cases("reconsideration", original.reconsideration(), bad);
		cases("litigation", original.litigation(), bad);
		if (original.litigationRoute() == Table4Column.Block.RECONSIDERATION) {
			bad.put("litigationRoute", List.of("not-litigation"));
		}
		BigDecimal fees = original.feesCollected();
		if (fees != null && (fees.signum() < 0 || fees.stripTrailingZeros().scale() > 2
				|| fees.compareTo(DefaultAnnualReports.MAX_FEES) > 0)) {
			bad.put("feesCollected", List.of("amount"));
		}
		if (original.table2() != null) {
			for (Table2.Field field : Table2.Field.values()) {
				Number value = original.table2().value(field);
				if (value instanceof BigDecimal amount) {
					if (amount.signum() < 0 || amount.stripTrailingZeros().scale() > 2
							|| amount.compareTo(DefaultAnnualReports.MAX_FEES) > 0) {
						bad.put("table2." + field.property(), List.of("amount"));
					}
				}
				else if (value != null) {
					count("table2." + field.property(), value.intValue(), bad);
				}
			}
		}
		if (original.trialTable2() != null) {
			ReportImport.Trial2019Table2 trial = original.trialTable2();
			count("trialTable2.normativeDocumentsMade", trial.normativeDocumentsMade(), bad);
			count("trialTable2.licensingDecisions", trial.licensingDecisions(), bad);
			count("trialTable2.penaltyDecisions", trial.penaltyDecisions(), bad);
			count("trialTable2.enforcementDecisions", trial.enforcementDecisions(), bad);
		}
		if (format != ReportFormat.PRE2019) {
			int rows = (format == ReportFormat.TRIAL2019) ? ReportImport.TRIAL_TABLE3_ROWS : Table3.ROWS;
			List<List<@Nullable Integer>> table3 = original.table3();
			if (table3 == null || table3.size() != rows
					|| table3.stream().anyMatch(row -> row == null || row.size() != Table3.COLUMNS)) {
				bad.put("table3", List.of("shape", String.valueOf(rows), String.valueOf(Table3.COLUMNS)));
			}
			else {
				for (int r = 0; r < rows; r++) {
					for (int c = 0; c < Table3.COLUMNS; c++) {
						count("table3[" + r + "][" + c + "]", table3.get(r).get(c), bad);
					}
				}
			}
			List<@Nullable Integer> table4 = original.table4();
			if (table4 == null || table4.size() != Table4.COLUMNS) {
				bad.put("table4", List.of("shape", "1", String.valueOf(Table4.COLUMNS)));
			}
			else {
				for (int c = 0; c < Table4.COLUMNS; c++) {
					count("table4[" + c + "]", table4.get(c), bad);
				}
			}
		}
		if (original.texts() != null) {
			original.texts().forEach((section, text) -> {
				String field = "texts." + section.name();
				if (text == null) {
					return;
				}
				if (text.length() > DefaultAnnualReports.MAX_TEXT) {
					bad.put(field, List.of("too-long", String.valueOf(DefaultAnnualReports.MAX_TEXT),
							String.valueOf(text.length())));
				}
				else if (text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
					bad.put(field, List.of("control-characters"));
				}
			});
		}
		return bad;
	}

	private static void count(String field, @Nullable Integer value, Map<String, List<Object>> bad) {
		if (value != null && value < 0) {
			bad.put(field, List.of("negative"));
		}
		else if (value != null && value > DefaultAnnualReports.MAX_COUNT) {
			bad.put(field, List.of("too-large", String.valueOf(DefaultAnnualReports.MAX_COUNT)));
		}
	}

	private static void name(String field, @Nullable String name, Map<String, List<Object>> bad) {
		if (name == null || name.isBlank()) {
			bad.put(field, List.of("required"));
		}
		else if (name.length() > 100) {
			bad.put(field, List.of("too-long", "100", String.valueOf(name.length())));
		}
	}

	private static void counts(String field, List<Count> counts, Map<String, List<Object>> bad) {
		for (int i = 0; i < counts.size(); i++) {
			name(field + "[" + i + "].name", counts.get(i).name(), bad);
			count(field + "[" + i + "].count", counts.get(i).count(), bad);
		}
	}

	private static void cases(String field, @Nullable Cases cases, Map<String, List<Object>> bad) {
		if (cases != null) {
			count(field + ".upheld", cases.upheld(), bad);
			count(field + ".corrected", cases.corrected(), bad);
			count(field + ".other", cases.other(), bad);
			count(field + ".pending", cases.pending(), bad);
			count(field + ".total", cases.total(), bad);
		}
	}

	/** The original, validated, in the 2021 structure with its findings. */
	Mapped map(ReportImport original) {
		ReportFormat format = Objects.requireNonNull(original.format());
		List<Finding> findings = new ArrayList<>();
		Table2 table2;
		Table3 table3;
		Table4 table4;
		if (format == ReportFormat.PRE2019) {
			checkPublished(original.published(), findings);
			table2 = townshipTable2(original.table2());
			table3 = pre2019Table3(original.requests(), findings);
			table4 = pre2019Table4(original, findings);
		}
		else if (format == ReportFormat.TRIAL2019) {
			ReportImport.Trial2019Table2 trial = original.trialTable2();
			table2 = townshipTable2((trial != null)
					? new Table2(null, null, null, trial.normativeDocumentsMade(), null, null,
							trial.licensingDecisions(), trial.penaltyDecisions(), trial.enforcementDecisions(), null)
					: null);
			if (trial != null && trial.normativeDocumentsMade() != null) {
				findings.add(note(Cell.of(Table2.Field.NORMATIVE_DOCUMENTS_ISSUED), "I2.trial-normative-documents"));
			}
			table3 = trialTable3(Objects.requireNonNull(original.table3()), findings);
			table4 = new Table4(Objects.requireNonNull(original.table4()));
		}
		else {
			table2 = (original.table2() != null) ? original.table2() : Table2.blank();
			table3 = new Table3(Objects.requireNonNull(original.table3()));
			table4 = new Table4(Objects.requireNonNull(original.table4()));
		}
		// the 2021 rules on the mapped tables, where every operand is reported
		findings.addAll(new ReportRules(messages, locale).check(format, table2, table3, table4, null));
		Map<Section, String> texts = texts(original);
		BigDecimal fees = original.feesCollected();
		if (format == ReportFormat.PRE2019 && fees != null
				&& (original.texts() == null || original.texts().get(OldSection.FEES) == null)) {
			// the fees section said only its figure: 六 states it (cost fees, not 信息处理费)
			String sentence = (fees.signum() == 0) ? message("I2.no-fees")
					: message("I2.fees", fees.setScale(2).toPlainString());
			texts.merge(Section.OTHER, sentence, (text, added) -> added + "\n\n" + text);
		}
		return new Mapped(table2, table3, table4, texts, findings);
	}

	/** Townships make no 规章 (domain reference §9.2): that row is 0 whatever the form. */
	private static Table2 townshipTable2(@Nullable Table2 given) {
		Table2 table = (given != null) ? given : Table2.blank();
		return new Table2(or0(table.regulationsIssued()), or0(table.regulationsRepealed()),
				or0(table.regulationsInForce()), table.normativeDocumentsIssued(), table.normativeDocumentsRepealed(),
				table.normativeDocumentsInForce(), table.licensingDecisions(), table.penaltyDecisions(),
				table.enforcementDecisions(), table.administrativeFees());
	}

	private static Integer or0(@Nullable Integer value) {
		return (value != null) ? value : 0;
	}

	private void checkPublished(ReportImport.@Nullable Published published, List<Finding> findings) {
		if (published == null) {
			return;
		}
		Integer total = published.total();
		List<Channel> channels = list(published.channels());
		List<Count> asCounts = channels.stream().map(channel -> new Count(channel.name(), channel.count())).toList();
		if (total != null) {
			sum("published.total", "主动公开", total, "I1.channels", asCounts, findings);
			sum("published.total", "主动公开", total, "I1.categories", list(published.categories()), findings);
		}
		for (Channel channel : channels) {
			if (channel.count() != null) {
				sum("published.channel", channel.name(), channel.count(), "I1.channel-categories",
						list(channel.categories()), findings);
			}
		}
		List<Count> extras = list(published.extraChannels());
		Integer channelSum = total(asCounts);
		Integer extraSum = total(extras);
		if (total != null && !extras.isEmpty() && channelSum != null && extraSum != null
				&& channelSum + extraSum != total) {
			List<Cell> cells = new ArrayList<>();
			cells.add(new Cell(ORIGINAL, 0, 0, "主动公开", "合计"));
			extras.forEach(extra -> cells.add(new Cell(ORIGINAL, 0, 0, Objects.toString(extra.name()), "条数")));
			findings.add(new Finding(Rule.I1, cells,
					message("I1.extra-channels", describe(extras), extraSum, channelSum + extraSum, total)));
		}
	}

	/** A total against its breakdown, when the breakdown is given in full. */
	private void sum(String what, @Nullable String label, int total, String code, List<Count> parts,
			List<Finding> findings) {
		Integer sum = total(parts);
		if (parts.isEmpty() || sum == null || sum == total) {
			return;
		}
		List<Cell> cells = new ArrayList<>();
		cells.add(new Cell(ORIGINAL, 0, 0, Objects.toString(label), "合计"));
		parts.forEach(part -> cells.add(new Cell(ORIGINAL, 0, 0, Objects.toString(part.name()), "条数")));
		findings.add(new Finding(Rule.I1, cells,
				message(code, Objects.toString(label), total, describe(parts), sum, sum - total)));
	}

	private static @Nullable Integer total(List<Count> counts) {
		int sum = 0;
		for (Count count : counts) {
			if (count.count() == null) {
				return null;
			}
			sum += count.count();
		}
		return sum;
	}

	private String describe(List<Count> counts) {
		return counts.stream()
			.map(count -> message("I1.count", Objects.toString(count.name()), count.count()))
			.collect(Collectors.joining(message("I1.separator")));
	}

	/**
	 * Table 三 from the old figures: all in the 总计 column, the applicant columns blank
	 * (old reports do not split them), a row blank where the original has no figure for
	 * it.
	 */
	private Table3 pre2019Table3(ReportImport.@Nullable Requests requests, List<Finding> findings) {
		List<List<@Nullable Integer>> cells = blankRows();
		if (requests == null) {
			findings.add(note(Cell.of(Table3Row.RECEIVED, Table3Column.TOTAL), "I2.no-requests-section"));
			return new Table3(cells);
		}
		Map<OldOutcome, Integer> outcomes = (requests.outcomes() != null) ? requests.outcomes() : Map.of();
		boolean nothing = Objects.equals(requests.received(), 0) && isZero(requests.carriedIn())
				&& isZero(requests.answered()) && isZero(requests.pending())
				&& outcomes.values().stream().allMatch(value -> value == 0);
		if (nothing) {
			// "no requests" read as nothing decided and nothing pending (§9.2): R1 then
			// makes 上年结转 0 as well
			findings.add(note(Cell.of(Table3Row.RECEIVED, Table3Column.TOTAL), "I2.no-requests"));
			int[][] zeros = new int[Table3.ROWS][Table3.COLUMNS];
			return Table3.of(zeros);
		}
		int total = Table3Column.TOTAL.ordinal();
		cells.get(Table3Row.RECEIVED.ordinal()).set(total, requests.received());
		cells.get(Table3Row.CARRIED_IN.ordinal()).set(total, requests.carriedIn());
		cells.get(Table3Row.RESULTS_TOTAL.ordinal()).set(total, requests.answered());
		cells.get(Table3Row.CARRIED_OVER.ordinal()).set(total, requests.pending());
		Map<Table3Row, Integer> rows = new EnumMap<>(Table3Row.class);
		outcomes.forEach((outcome, value) -> {
			Table3Row row = row(outcome);
			rows.merge(row, value, Integer::sum);
			String approximate = switch (outcome) {
				case REFUSED_OTHER_LAW -> "I2.other-law";
				case REFUSED_NOT_GOVERNMENT_INFORMATION -> "I2.not-government-information";
				case TOLD_TO_AMEND -> "I2.told-to-amend";
				case TOLD_OTHER_CHANNEL -> "I2.told-other-channel";
				default -> null;
			};
			if (approximate != null) {
				findings.add(note(Cell.of(row, Table3Column.TOTAL), approximate, value));
			}
		});
		rows.forEach((row, value) -> cells.get(row.ordinal()).set(total, value));
		findings.add(note(Cell.of(Table3Row.RECEIVED, Table3Column.NATURAL_PERSON), "I2.applicants"));
		if (requests.carriedIn() == null) {
			findings.add(note(Cell.of(Table3Row.CARRIED_IN, Table3Column.TOTAL), "I2.carried-in"));
		}
		Integer outcomeSum = outcomes.isEmpty() ? null : outcomes.values().stream().mapToInt(Integer::intValue).sum();
		if (requests.answered() != null && outcomeSum != null && !requests.answered().equals(outcomeSum)) {
			findings.add(new Finding(Rule.I1, List.of(new Cell(ORIGINAL, 0, 0, "申请答复", "合计")),
					message("I1.answered", requests.answered(), outcomeSum)));
		}
		Integer decided = (requests.answered() != null) ? requests.answered() : outcomeSum;
		if (requests.received() != null && decided != null) {
			int in = requests.received() + or0(requests.carriedIn());
			int out = decided + or0(requests.pending());
			if (in != out) {
				findings.add(new Finding(Rule.I1, List.of(new Cell(ORIGINAL, 0, 0, "收到申请", "合计")),
						message("I1.received", requests.received(), or0(requests.carriedIn()), decided,
								or0(requests.pending()), in, out)));
			}
		}
		return new Table3(cells);
	}

	private static boolean isZero(@Nullable Integer value) {
		return value == null || value == 0;
	}

	static Table3Row row(OldOutcome outcome) {
		return switch (outcome) {
			case AGREED -> Table3Row.DISCLOSED;
			case PARTLY_AGREED -> Table3Row.PARTLY_DISCLOSED;
			case REFUSED_STATE_SECRET -> Table3Row.WITHHELD_STATE_SECRET;
			case REFUSED_TRADE_SECRET_OR_PRIVACY -> Table3Row.WITHHELD_THIRD_PARTY_RIGHTS;
			case REFUSED_SECURITY -> Table3Row.WITHHELD_ENDANGERS_SECURITY;
			case REFUSED_OTHER_LAW -> Table3Row.WITHHELD_PROHIBITED_BY_LAW;
			case REFUSED_NOT_GOVERNMENT_INFORMATION -> Table3Row.OTHER;
			case NOT_THIS_AGENCY, NOT_EXISTING -> Table3Row.UNAVAILABLE_NOT_HELD;
			case TOLD_TO_AMEND -> Table3Row.OTHER_NO_CORRECTION;
			case TOLD_OTHER_CHANNEL -> Table3Row.WITHHELD_ADMINISTRATIVE_QUERY;
		};
	}

	private static List<List<@Nullable Integer>> blankRows() {
		List<List<@Nullable Integer>> cells = new ArrayList<>();
		for (int r = 0; r < Table3.ROWS; r++) {
			List<@Nullable Integer> row = new ArrayList<>();
			for (int c = 0; c < Table3.COLUMNS; c++) {
				row.add(null);
			}
			cells.add(row);
		}
		return cells;
	}

	/**
	 * The trial format's single （六）其他处理 row goes to 3.其他; 1 and 2 of the 2021 form were
	 * not asked, so they stay blank.
	 */
	private Table3 trialTable3(List<List<@Nullable Integer>> trial, List<Finding> findings) {
		List<List<@Nullable Integer>> cells = blankRows();
		for (int r = 0; r < 20; r++) {
			cells.set(r, new ArrayList<>(trial.get(r)));
		}
		cells.set(Table3Row.OTHER.ordinal(), new ArrayList<>(trial.get(20)));
		cells.set(Table3Row.RESULTS_TOTAL.ordinal(), new ArrayList<>(trial.get(21)));
		cells.set(Table3Row.CARRIED_OVER.ordinal(), new ArrayList<>(trial.get(22)));
		findings.add(note(Cell.of(Table3Row.OTHER, Table3Column.TOTAL), "I2.trial-other"));
		// R2 cannot be checked on the mapped table (rows 21 and 22 are blank): check it
		// on
		// the original, whose single row stands for all three
		for (Table3Column column : Table3Column.values()) {
			Integer sum = 0;
			for (int r = 2; r <= 20; r++) {
				Integer cell = trial.get(r).get(column.ordinal());
				sum = (sum == null || cell == null) ? null : sum + cell;
			}
			Integer total = trial.get(21).get(column.ordinal());
			if (sum != null && total != null && !sum.equals(total)) {
				findings.add(new Finding(Rule.I1, List.of(Cell.of(Table3Row.RESULTS_TOTAL, column)),
						message("I1.trial-results", column.label(), total, sum)));
			}
		}
		return new Table3(cells);
	}

	private Table4 pre2019Table4(ReportImport original, List<Finding> findings) {
		List<@Nullable Integer> cells = new ArrayList<>();
		for (int c = 0; c < Table4.COLUMNS; c++) {
			cells.add(null);
		}
		put(cells, Table4Column.Block.RECONSIDERATION, original.reconsideration(), findings);
		Cases litigation = original.litigation();
		if (litigation != null) {
			Table4Column.Block route = original.litigationRoute();
			if (route != null) {
				put(cells, route, litigation, findings);
			}
			else if (isNone(litigation)) {
				// no lawsuit at all: none by either route
				put(cells, Table4Column.Block.DIRECT, litigation, findings);
				put(cells, Table4Column.Block.AFTER_RECONSIDERATION, litigation, findings);
			}
			else {
				findings.add(note(Cell.of(Table4Column.DIRECT_TOTAL), "I2.litigation-route"));
			}
		}
		return new Table4(cells);
	}

	private static boolean isNone(Cases cases) {
		return Objects.equals(cases.total(), 0) && isZero(cases.upheld()) && isZero(cases.corrected())
				&& isZero(cases.other()) && isZero(cases.pending());
	}

	private void put(List<@Nullable Integer> cells, Table4Column.Block block, @Nullable Cases cases,
			List<Finding> findings) {
		if (cases == null) {
			return;
		}
		boolean none = isNone(cases);
		int first = block.firstColumn();
		// a total of 0 says every result is 0 too
		cells.set(first, none ? Integer.valueOf(0) : cases.upheld());
		cells.set(first + 1, none ? Integer.valueOf(0) : cases.corrected());
		cells.set(first + 2, none ? Integer.valueOf(0) : cases.other());
		cells.set(first + 3, none ? Integer.valueOf(0) : cases.pending());
		cells.set(first + 4, cases.total());
		if (!none && (cases.upheld() == null || cases.corrected() == null || cases.other() == null
				|| cases.pending() == null)) {
			findings.add(note(Cell.of(Table4Column.values()[first + 4]), "I2.cases-split", block.label()));
		}
	}

	private static Map<Section, String> texts(ReportImport original) {
		Map<OldSection, String> old = (original.texts() != null) ? original.texts() : Map.of();
		Map<Section, String> texts = new EnumMap<>(Section.class);
		if (original.format() != ReportFormat.PRE2019) {
			// the trial and 2021 formats have the same sections: 概述 is 一, 问题 五, 其他 六
			put(texts, Section.OVERVIEW, old, OldSection.OVERVIEW);
			put(texts, Section.PROBLEMS, old, OldSection.PROBLEMS);
			put(texts, Section.OTHER, old, OldSection.OTHER);
			return texts;
		}
		put(texts, Section.OVERVIEW, old, OldSection.OVERVIEW, OldSection.PROACTIVE, OldSection.REQUESTS,
				OldSection.REVIEWS);
		put(texts, Section.PROBLEMS, old, OldSection.PROBLEMS);
		put(texts, Section.OTHER, old, OldSection.FEES, OldSection.OTHER);
		return texts;
	}

	private static void put(Map<Section, String> texts, Section section, Map<OldSection, String> old,
			OldSection... sources) {
		String text = java.util.Arrays.stream(sources)
			.map(old::get)
			.filter(value -> value != null && !value.isBlank())
			.map(String::strip)
			.collect(Collectors.joining("\n\n"));
		if (!text.isEmpty()) {
			texts.put(section, text);
		}
	}

	private Finding note(Cell cell, String code, Object... arguments) {
		return new Finding(Rule.I2, List.of(cell), message(code, arguments));
	}

	private static <T> List<T> list(@Nullable List<T> list) {
		return (list != null) ? list : List.of();
	}

	private String message(String code, Object... arguments) {
		Object[] texts = new Object[arguments.length];
		for (int i = 0; i < arguments.length; i++) {
			texts[i] = Objects.toString(arguments[i]);
		}
		return messages.getMessage("reporting.rule." + code, texts, locale);
	}

}
