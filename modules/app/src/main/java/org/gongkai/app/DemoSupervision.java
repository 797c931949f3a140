package org.gongkai.app;

import org.gongkai.supervision.api.ReadModelRebuild;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The city's read model, recomputed once the demo towns are seeded, so that the city
 * dashboard shows the demo's figures as soon as the platform is up rather than after the
 * relay's first run. The rebuild gives what the relay would (ADR 0007) and takes the
 * relay's lock, so the two never interleave; for 15 demo towns it costs a moment.
 */
@Component
@Order(6)
class DemoSupervision implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoSupervision.class);

	private final DemoProperties properties;

	private final ReadModelRebuild rebuild;

	DemoSupervision(DemoProperties properties, ReadModelRebuild rebuild) {
		this.properties = properties;
		this.rebuild = rebuild;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.properties.enabled()) {
			return;
		}
		ReadModelRebuild.Result result = this.rebuild.rebuild();
		log.info("Demo city: read model rebuilt for {} towns ({} counters, {} failed)", result.towns(),
				result.counters(), result.failed());
	}

}
