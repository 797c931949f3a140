package org.gongkai.supervision.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

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
import org.gongkai.supervision.internal.ReadModel.TownKindCount;
import org.gongkai.tenancy.api.Town;
import org.gongkai.tenancy.api.TownRegistry;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One grouped query over the daily counters, whatever the number of towns; the registry
 * gives the towns' names and lists the towns with nothing to count.
 */
@Service
class ReadModelFigures implements CityFigures {

	private final ReadModel readModel;

	private final TownRegistry towns;

	private final Clock clock;

	ReadModelFigures(ReadModel readModel, TownRegistry towns, Clock clock) {
		this.readModel = readModel;
		this.towns = towns;
		this.clock = clock;
	}

	@Override
	@Transactional(transactionManager = "platformTransactionManager", readOnly = true)
	public CityDashboard between(LocalDate from, LocalDate to) {
		check(from, to);
		Map<String, Map<Kind, Long>> byTown = new HashMap<>();
		for (TownKindCount sum : readModel.sums(from, to)) {
			Kind kind = kind(sum.kind());
			if (kind != null) {
				byTown.computeIfAbsent(sum.town(), town -> new EnumMap<>(Kind.class)).put(kind, sum.count());
			}
		}
		List<TownFigures> figures = towns.all()
			.stream()
			.filter(town -> Relay.READABLE.contains(town.status()))
			.sorted(Comparator.comparing(Town::code))
			.map(town -> new TownFigures(town.code(), town.name(), figures(byTown.getOrDefault(town.code(), Map.of())),
					Backlog.NONE, (ReportProgress) null))
			.toList();
		Figures city = figures.stream().map(TownFigures::figures).reduce(Figures.NONE, Figures::plus);
		return new CityDashboard(from, to, ChinaDay.today(clock), to.getYear() - 1, figures, city, Backlog.NONE,
				new EnumMap<>(ReportStage.class), List.of());
	}

	@Override
	public CitySummary summary(LocalDate from, LocalDate to) {
		CityDashboard all = between(from, to);
		return new CitySummary(from, to, all.asOf(), all.reportYear(), all.towns().size(), all.city(), all.backlog(),
				all.reports(), 0, all.months());
	}

	@Override
	public TownTable towns(LocalDate from, LocalDate to, Indicator sort, boolean descending, int page, int size) {
		CityDashboard all = between(from, to);
		List<TownFigures> rows = new ArrayList<>(all.towns());
		int first = Math.min(page * size, rows.size());
		return new TownTable(from, to, all.asOf(), all.reportYear(), sort, descending, page, size, rows.size(),
				rows.subList(first, Math.min(first + size, rows.size())));
	}

	@Override
	public TownDashboard town(String code, LocalDate from, LocalDate to) {
		CityDashboard all = between(from, to);
		TownFigures town = all.towns()
			.stream()
			.filter(t -> t.code().equals(code))
			.findFirst()
			.orElseThrow(() -> new NoSuchElementException("No town " + code));
		return new TownDashboard(from, to, all.asOf(), all.reportYear(), town, List.<MonthFigures>of());
	}

	private static void check(LocalDate from, LocalDate to) {
		if (to.isBefore(from)) {
			throw new IllegalArgumentException("Period ends " + to + " before it starts " + from);
		}
	}

	private static Figures figures(Map<Kind, Long> counts) {
		return new Figures(counts.getOrDefault(Kind.ITEM_PUBLISHED, 0L),
				counts.getOrDefault(Kind.ITEM_PUBLISHED_LATE, 0L), counts.getOrDefault(Kind.ITEM_WITHDRAWN, 0L),
				counts.getOrDefault(Kind.REQUEST_RECEIVED, 0L), counts.getOrDefault(Kind.REQUEST_DECIDED, 0L), 0, 0,
				Map.of(), counts.getOrDefault(Kind.REQUEST_DUE_SOON, 0L), counts.getOrDefault(Kind.REQUEST_OVERDUE, 0L),
				0, 0, 0, 0, 0);
	}

	/** A kind written by a newer version is left out rather than failing the page. */
	private static Kind kind(String name) {
		try {
			return Kind.valueOf(name);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	static YearMonth month(LocalDate day) {
		return YearMonth.from(day);
	}

}
