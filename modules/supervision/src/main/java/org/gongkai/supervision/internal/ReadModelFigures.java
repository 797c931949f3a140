package org.gongkai.supervision.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;

import org.gongkai.reporting.api.ReportDeadlines;
import org.gongkai.requests.api.Outcome;
import org.gongkai.supervision.api.Backlog;
import org.gongkai.supervision.api.CityDashboard;
import org.gongkai.supervision.api.CityFigures;
import org.gongkai.supervision.api.CitySummary;
import org.gongkai.supervision.api.Figures;
import org.gongkai.supervision.api.Indicator;
import org.gongkai.supervision.api.MonthFigures;
import org.gongkai.supervision.api.ReportProgress;
import org.gongkai.supervision.api.ReportStage;
import org.gongkai.supervision.api.TownDashboard;
import org.gongkai.supervision.api.TownFigures;
import org.gongkai.supervision.api.TownTable;
import org.gongkai.supervision.internal.ReadModel.MonthKindCount;
import org.gongkai.supervision.internal.ReadModel.TownKindCount;
import org.gongkai.supervision.internal.ReportSteps.Progress;
import org.gongkai.tenancy.api.Town;
import org.gongkai.tenancy.api.TownRegistry;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Grouped queries over the read model, whatever the number of towns; the registry gives
 * the towns' names and lists the towns with nothing to count. Every answer goes through
 * {@link FiguresCache}, so a repeated question costs one Redis read whatever the number
 * of towns; the city's summary never lists the towns, and the table comes a page at a
 * time.
 */
@Service
class ReadModelFigures implements CityFigures {

	static final int MAX_PAGE_SIZE = 200;

	private final ReadModel readModel;

	private final TownRegistry towns;

	private final Clock clock;

	private final ReportDeadlines deadlines;

	private final FiguresCache cache;

	private final TransactionTemplate reading;

	ReadModelFigures(ReadModel readModel, TownRegistry towns, Clock clock, ReportDeadlines deadlines,
			FiguresCache cache, @Qualifier("platformTransactionManager") PlatformTransactionManager transactions) {
		this.readModel = readModel;
		this.towns = towns;
		this.clock = clock;
		this.deadlines = deadlines;
		this.cache = cache;
		this.reading = new TransactionTemplate(transactions);
		this.reading.setReadOnly(true);
	}

	@Override
	public CityDashboard between(LocalDate from, LocalDate to) {
		check(from, to);
		LocalDate asOf = ChinaDay.today(clock);
		return cache.get("between:" + asOf + ":" + from + ":" + to, CityDashboard.class,
				() -> read(() -> dashboard(from, to, asOf)));
	}

	@Override
	public CitySummary summary(LocalDate from, LocalDate to) {
		check(from, to);
		LocalDate asOf = ChinaDay.today(clock);
		return cache.get("summary:" + asOf + ":" + from + ":" + to, CitySummary.class,
				() -> read(() -> summary(from, to, asOf)));
	}

	@Override
	public TownTable towns(LocalDate from, LocalDate to, Indicator sort, boolean descending, int page, int size) {
		check(from, to);
		if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
			throw new IllegalArgumentException("Page " + page + " of size " + size + " is out of range");
		}
		LocalDate asOf = ChinaDay.today(clock);
		return cache.get(
				"towns:" + asOf + ":" + from + ":" + to + ":" + sort.key() + ":" + descending + ":" + page + ":" + size,
				TownTable.class, () -> {
					CityDashboard all = between(from, to);
					List<TownFigures> rows = new ArrayList<>(all.towns());
					rows.sort(order(sort, descending));
					int first = (int) Math.min((long) page * size, rows.size());
					return new TownTable(from, to, all.asOf(), all.reportYear(), sort, descending, page, size,
							rows.size(), List.copyOf(rows.subList(first, Math.min(first + size, rows.size()))));
				});
	}

	@Override
	public TownDashboard town(String code, LocalDate from, LocalDate to) {
		check(from, to);
		Town town = towns.find(code)
			.filter(found -> Relay.READABLE.contains(found.status()))
			.orElseThrow(() -> new NoSuchElementException("No town " + code));
		LocalDate asOf = ChinaDay.today(clock);
		return cache.get("town:" + code + ":" + asOf + ":" + from + ":" + to, TownDashboard.class, () -> read(() -> {
			int year = reportYear(to);
			long[] backlog = readModel.backlogs(code, asOf).get(code);
			TownFigures figures = new TownFigures(town.code(), town.name(), figures(readModel.sums(code, from, to)),
					backlog(backlog),
					progress(readModel.reports(code, year).get(code), year, deadlines.dueDate(year), asOf));
			return new TownDashboard(from, to, asOf, year, figures, months(code, from, to));
		}));
	}

	private CityDashboard dashboard(LocalDate from, LocalDate to, LocalDate asOf) {
		Map<String, Map<String, Long>> byTown = new HashMap<>();
		for (TownKindCount sum : readModel.sums(from, to)) {
			byTown.computeIfAbsent(sum.town(), town -> new HashMap<>()).put(sum.kind(), sum.count());
		}
		Map<String, long[]> backlogs = readModel.backlogs(null, asOf);
		int year = reportYear(to);
		Map<String, Progress> reports = readModel.reports(null, year);
		LocalDate due = deadlines.dueDate(year);
		List<TownFigures> figures = readable().stream()
			.map(town -> new TownFigures(town.code(), town.name(), figures(byTown.getOrDefault(town.code(), Map.of())),
					backlog(backlogs.get(town.code())), progress(reports.get(town.code()), year, due, asOf)))
			.toList();
		Figures city = figures.stream().map(TownFigures::figures).reduce(Figures.NONE, Figures::plus);
		Backlog backlog = figures.stream().map(TownFigures::backlog).reduce(Backlog.NONE, Backlog::plus);
		return new CityDashboard(from, to, asOf, year, figures, city, backlog, stages(figures), months(null, from, to));
	}

	private CitySummary summary(LocalDate from, LocalDate to, LocalDate asOf) {
		List<Town> readable = readable();
		Map<String, long[]> backlogs = readModel.backlogs(null, asOf);
		Backlog backlog = readable.stream()
			.map(town -> backlog(backlogs.get(town.code())))
			.reduce(Backlog.NONE, Backlog::plus);
		int year = reportYear(to);
		Map<String, Progress> reports = readModel.reports(null, year);
		LocalDate due = deadlines.dueDate(year);
		List<TownFigures> reportsOnly = readable.stream()
			.map(town -> new TownFigures(town.code(), town.name(), Figures.NONE, Backlog.NONE,
					progress(reports.get(town.code()), year, due, asOf)))
			.toList();
		long pastDue = reportsOnly.stream().filter(town -> town.report() != null && town.report().pastDue()).count();
		// the months partition the period: their sum is the city's, without a second scan
		List<MonthFigures> months = months(null, from, to);
		Figures city = months.stream().map(MonthFigures::figures).reduce(Figures.NONE, Figures::plus);
		return new CitySummary(from, to, asOf, year, readable.size(), city, backlog, stages(reportsOnly), pastDue,
				months);
	}

	private List<Town> readable() {
		return towns.all()
			.stream()
			.filter(town -> Relay.READABLE.contains(town.status()))
			.sorted(Comparator.comparing(Town::code))
			.toList();
	}

	private List<MonthFigures> months(@Nullable String town, LocalDate from, LocalDate to) {
		Map<LocalDate, Map<String, Long>> byMonth = new HashMap<>();
		for (MonthKindCount sum : readModel.months(town, from, to)) {
			byMonth.computeIfAbsent(sum.month(), month -> new HashMap<>()).put(sum.kind(), sum.count());
		}
		List<MonthFigures> months = new ArrayList<>();
		for (YearMonth month = YearMonth.from(from); !month.isAfter(YearMonth.from(to)); month = month.plusMonths(1)) {
			months.add(new MonthFigures(month, figures(byMonth.getOrDefault(month.atDay(1), Map.of()))));
		}
		return months;
	}

	private static Map<ReportStage, Long> stages(List<TownFigures> towns) {
		Map<ReportStage, Long> stages = new EnumMap<>(ReportStage.class);
		if (towns.stream().anyMatch(town -> town.report() != null)) {
			for (ReportStage stage : ReportStage.values()) {
				stages.put(stage, 0L);
			}
			towns.stream()
				.map(TownFigures::report)
				.filter(Objects::nonNull)
				.forEach(report -> stages.merge(report.stage(), 1L, Long::sum));
		}
		return stages;
	}

	/** The annual reports a period shows: those of the year before its end's year. */
	static int reportYear(LocalDate to) {
		return to.getYear() - 1;
	}

	/**
	 * The city's current due date for the year (else the one the last submission
	 * carried); null when neither is known.
	 */
	static @Nullable ReportProgress progress(@Nullable Progress stored, int year, @Nullable LocalDate due,
			LocalDate asOf) {
		LocalDate dueOn = (due != null) ? due : (stored != null) ? stored.dueOn() : null;
		if (dueOn == null) {
			return null;
		}
		LocalDate submittedOn = (stored != null) ? stored.submittedOn() : null;
		LocalDate until = (submittedOn != null) ? submittedOn : asOf;
		int daysLate = (int) Math.max(0, ChronoUnit.DAYS.between(dueOn, until));
		return new ReportProgress(year, (stored != null) ? stored.stage() : ReportStage.NOT_SUBMITTED, dueOn,
				submittedOn, daysLate, (stored != null) ? stored.timesReturned() : 0);
	}

	private static Backlog backlog(long @Nullable [] counts) {
		return (counts == null) ? Backlog.NONE : new Backlog(counts[0], counts[1], counts[2]);
	}

	static Figures figures(Map<String, Long> counts) {
		Map<Outcome.Group, Long> outcomes = new EnumMap<>(Outcome.Group.class);
		for (Outcome.Group group : Outcome.Group.values()) {
			outcomes.put(group, counts.getOrDefault(Kind.of(group).name(), 0L));
		}
		long upheld = count(counts, Kind.REVIEW_UPHELD);
		long corrected = count(counts, Kind.REVIEW_CORRECTED);
		long other = count(counts, Kind.REVIEW_OTHER);
		return new Figures(count(counts, Kind.ITEM_PUBLISHED), count(counts, Kind.ITEM_PUBLISHED_LATE),
				count(counts, Kind.ITEM_WITHDRAWN), count(counts, Kind.REQUEST_RECEIVED),
				count(counts, Kind.REQUEST_DECIDED), count(counts, Kind.REQUEST_DECIDED_ON_TIME),
				count(counts, Kind.REQUEST_WORKING_DAYS), outcomes, count(counts, Kind.REQUEST_DUE_SOON),
				count(counts, Kind.REQUEST_OVERDUE), count(counts, Kind.REVIEW_OPENED), upheld + corrected + other,
				upheld, corrected, other);
	}

	private static long count(Map<String, Long> counts, Kind kind) {
		return counts.getOrDefault(kind.name(), 0L);
	}

	/** Towns without a value last in either direction, ties by code. */
	@SuppressWarnings({ "unchecked", "rawtypes" })
	static Comparator<TownFigures> order(Indicator sort, boolean descending) {
		Comparator<Comparable> values = descending ? Comparator.<Comparable>reverseOrder()
				: Comparator.<Comparable>naturalOrder();
		Comparator<TownFigures> bySort = Comparator.comparing(town -> (Comparable) sort.value(town),
				Comparator.nullsLast(values));
		return bySort.thenComparing(TownFigures::code);
	}

	private <T> T read(java.util.function.Supplier<T> work) {
		return Objects.requireNonNull(reading.execute(status -> work.get()));
	}

	private static void check(LocalDate from, LocalDate to) {
		if (to.isBefore(from)) {
			throw new IllegalArgumentException("Period ends " + to + " before it starts " + from);
		}
	}

}
