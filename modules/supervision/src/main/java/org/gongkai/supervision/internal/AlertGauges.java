package org.gongkai.supervision.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.gongkai.supervision.api.AlertKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * {@code gongkai.supervision.alerts} tagged {@code town} and {@code kind}: a gauge for
 * every readable town and every kind (0 included, so a dashboard sees the town), set
 * after each relay run from the read model.
 */
@Component
class AlertGauges {

	private static final Logger log = LoggerFactory.getLogger(AlertGauges.class);

	private final MeterRegistry meters;

	private final ReadModelAlerts alerts;

	private final Map<String, AtomicLong> values = new ConcurrentHashMap<>();

	AlertGauges(MeterRegistry meters, ReadModelAlerts alerts) {
		this.meters = meters;
		this.alerts = alerts;
	}

	void refresh() {
		try {
			alerts.countsByTown()
				.forEach((town, kinds) -> kinds.forEach((kind, count) -> gauge(town, kind).set(count)));
		}
		catch (RuntimeException ex) {
			log.warn("Alert gauges not refreshed: {}", ex.getMessage());
		}
	}

	private AtomicLong gauge(String town, AlertKind kind) {
		return values.computeIfAbsent(town + "/" + kind, key -> {
			AtomicLong value = new AtomicLong();
			Gauge.builder("gongkai.supervision.alerts", value, AtomicLong::get)
				.description("Open alerts of the town, by kind")
				.tag("town", town)
				.tag("kind", kind.name())
				.register(meters);
			return value;
		});
	}

}
