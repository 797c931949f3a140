package org.gongkai.supervision.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.gongkai.supervision.api.CityDashboard;
import org.gongkai.supervision.api.CityFigures;
import org.gongkai.supervision.api.Figures;
import org.gongkai.supervision.api.TownFigures;
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

	ReadModelFigures(ReadModel readModel, TownRegistry towns) {
		this.readModel = readModel;
		this.towns = towns;
	}

	@Override
	@Transactional(transactionManager = "platformTransactionManager", readOnly = true)
	public CityDashboard between(LocalDate from, LocalDate to) {
		if (to.isBefore(from)) {
			throw new IllegalArgumentException("Period ends " + to + " before it starts " + from);
		}
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
			.map(town -> new TownFigures(town.code(), town.name(), figures(byTown.getOrDefault(town.code(), Map.of()))))
			.toList();
		Figures city = figures.stream().map(TownFigures::figures).reduce(Figures.NONE, Figures::plus);
		return new CityDashboard(from, to, figures, city);
	}

	private static Figures figures(Map<Kind, Long> counts) {
		return new Figures(counts.getOrDefault(Kind.ITEM_PUBLISHED, 0L),
				counts.getOrDefault(Kind.ITEM_PUBLISHED_LATE, 0L), counts.getOrDefault(Kind.ITEM_WITHDRAWN, 0L),
				counts.getOrDefault(Kind.REQUEST_RECEIVED, 0L), counts.getOrDefault(Kind.REQUEST_DECIDED, 0L),
				counts.getOrDefault(Kind.REQUEST_DUE_SOON, 0L), counts.getOrDefault(Kind.REQUEST_OVERDUE, 0L));
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

}
