package org.gongkai.supervision.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.gongkai.reporting.api.ReportDeadlines;
import org.gongkai.supervision.api.Alert;
import org.gongkai.supervision.api.AlertKind;
import org.gongkai.supervision.api.AlertPage;
import org.gongkai.supervision.api.CityAlerts;
import org.gongkai.supervision.internal.ReportSteps.Progress;
import org.gongkai.tenancy.api.Town;
import org.gongkai.tenancy.api.TownRegistry;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The city's open alerts, read from the read model's states: requests due soon (their
 * deadline not yet passed) or overdue, items published late in the last
 * {@link CityAlerts#LATE_PUBLICATION_DAYS} days, last year's annual reports not submitted
 * by their due date. Cached like the figures.
 */
@Service
class ReadModelAlerts implements CityAlerts {

	private final ReadModel readModel;

	private final TownRegistry towns;

	private final Clock clock;

	private final ReportDeadlines deadlines;

	private final FiguresCache cache;

	private final TransactionTemplate reading;

	ReadModelAlerts(ReadModel readModel, TownRegistry towns, Clock clock, ReportDeadlines deadlines, FiguresCache cache,
			@Qualifier("platformTransactionManager") PlatformTransactionManager transactions) {
		this.readModel = readModel;
		this.towns = towns;
		this.clock = clock;
		this.deadlines = deadlines;
		this.cache = cache;
		this.reading = new TransactionTemplate(transactions);
		this.reading.setReadOnly(true);
	}

	@Override
	public AlertPage open(@Nullable String town, @Nullable AlertKind kind, int page, int size) {
		if (page < 0 || size < 1 || size > ReadModelFigures.MAX_PAGE_SIZE) {
			throw new IllegalArgumentException("Page " + page + " of size " + size + " is out of range");
		}
		LocalDate asOf = ChinaDay.today(clock);
		return cache.get("alerts:" + asOf + ":" + town + ":" + kind + ":" + page + ":" + size, AlertPage.class, () -> {
			List<Alert> all = all(asOf).stream().filter(alert -> town == null || alert.town().equals(town)).toList();
			Map<AlertKind, Long> counts = new EnumMap<>(AlertKind.class);
			for (AlertKind each : AlertKind.values()) {
				counts.put(each, 0L);
			}
			all.forEach(alert -> counts.merge(alert.kind(), 1L, Long::sum));
			List<Alert> chosen = all.stream().filter(alert -> kind == null || alert.kind() == kind).toList();
			int first = (int) Math.min((long) page * size, chosen.size());
			return new AlertPage(asOf, page, size, chosen.size(), counts,
					List.copyOf(chosen.subList(first, Math.min(first + size, chosen.size()))));
		});
	}

	/**
	 * Open alerts per town and kind, every readable town and kind present, for the
	 * gauges.
	 */
	Map<String, Map<AlertKind, Long>> countsByTown() {
		Map<String, Map<AlertKind, Long>> counts = new HashMap<>();
		for (Town town : readable()) {
			Map<AlertKind, Long> kinds = new EnumMap<>(AlertKind.class);
			for (AlertKind kind : AlertKind.values()) {
				kinds.put(kind, 0L);
			}
			counts.put(town.code(), kinds);
		}
		for (Alert alert : all(ChinaDay.today(clock))) {
			Map<AlertKind, Long> kinds = counts.get(alert.town());
			if (kinds != null) {
				kinds.merge(alert.kind(), 1L, Long::sum);
			}
		}
		return counts;
	}

	/** Every open alert, oldest first. */
	private List<Alert> all(LocalDate asOf) {
		return Objects.requireNonNull(reading.execute(status -> {
			Map<String, String> names = new HashMap<>();
			readable().forEach(town -> names.put(town.code(), town.name()));
			List<Alert> alerts = new ArrayList<>();
			for (ReadModel.StateRow row : readModel.requestAlerts(asOf)) {
				add(alerts, names, row.town(),
						"OVERDUE".equals(row.state()) ? AlertKind.REQUEST_OVERDUE : AlertKind.REQUEST_DUE_SOON,
						row.subject(), row.since(), asOf);
			}
			for (ReadModel.StateRow row : readModel.lateItems(asOf.minusDays(LATE_PUBLICATION_DAYS))) {
				add(alerts, names, row.town(), AlertKind.LATE_PUBLICATION, row.subject(), row.since(), asOf);
			}
			int year = asOf.getYear() - 1;
			LocalDate due = deadlines.dueDate(year);
			if (asOf.isAfter(due)) {
				Map<String, Progress> reports = readModel.reports(null, year);
				for (String town : names.keySet()) {
					Progress progress = reports.get(town);
					if (progress == null || progress.submittedOn() == null) {
						add(alerts, names, town, AlertKind.REPORT_PAST_DUE, Integer.toString(year), due.plusDays(1),
								asOf);
					}
				}
			}
			alerts.sort(Comparator.comparing(Alert::since)
				.thenComparing(Alert::town)
				.thenComparing(Alert::kind)
				.thenComparing(Alert::subject));
			return alerts;
		}));
	}

	private static void add(List<Alert> alerts, Map<String, String> names, String town, AlertKind kind, String subject,
			LocalDate since, LocalDate asOf) {
		String name = names.get(town);
		if (name != null) {
			alerts.add(new Alert(town, name, kind, subject, since, Math.max(0, ChronoUnit.DAYS.between(since, asOf))));
		}
	}

	private List<Town> readable() {
		return towns.all().stream().filter(town -> Relay.READABLE.contains(town.status())).toList();
	}

}
