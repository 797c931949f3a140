package org.gongkai.supervision.internal;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * Dashboard answers in Redis, as JSON, under a generation (ADR 0004's pattern):
 * {@code gongkai:supervision:{generation}:{question}} (the namespace is a setting, so
 * that test runs sharing a Redis never see each other's answers). The relay bumps the
 * generation after it commits new rows (and the rebuild after it replaces counters), so
 * every replica stops finding the old answers at once; they expire by themselves.
 * Questions that depend on today carry the day in their key. Redis is a help, never a
 * need: when it fails, answers are computed each time and the failure is logged once
 * until it answers again.
 */
@Component
class FiguresCache {

	private static final Logger log = LoggerFactory.getLogger(FiguresCache.class);

	private final StringRedisTemplate redis;

	private final JsonMapper json = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private final Duration ttl;

	private final boolean enabled;

	private final String namespace;

	private final Counter hits;

	private final Counter misses;

	private final AtomicBoolean failing = new AtomicBoolean();

	FiguresCache(StringRedisTemplate redis, MeterRegistry meters,
			@Value("${gongkai.supervision.cache-ttl:PT10M}") Duration ttl,
			@Value("${gongkai.supervision.cache-enabled:true}") boolean enabled,
			@Value("${gongkai.supervision.cache-namespace:gongkai:supervision}") String namespace) {
		this.namespace = namespace;
		this.redis = redis;
		this.ttl = ttl;
		this.enabled = enabled;
		this.hits = Counter.builder("gongkai.supervision.cache").tag("result", "hit").register(meters);
		this.misses = Counter.builder("gongkai.supervision.cache").tag("result", "miss").register(meters);
	}

	/**
	 * The cached answer to {@code question}, or {@code compute}'s, cached for next time.
	 */
	<T> T get(String question, Class<T> type, Supplier<T> compute) {
		if (!enabled) {
			return compute.get();
		}
		Optional<String> key = call(() -> {
			String generation = redis.opsForValue().get(generationKey());
			return namespace + ":" + ((generation != null) ? generation : "0") + ":" + question;
		});
		if (key.isEmpty()) {
			misses.increment();
			return compute.get();
		}
		Optional<T> cached = call(() -> redis.opsForValue().get(key.get())).map(value -> json.readValue(value, type));
		if (cached.isPresent()) {
			hits.increment();
			return cached.get();
		}
		misses.increment();
		T answer = compute.get();
		call(() -> {
			redis.opsForValue().set(key.get(), json.writeValueAsString(answer), ttl);
			return Boolean.TRUE;
		});
		return answer;
	}

	/** Every cached answer is out of date (called after the change committed). */
	void invalidate() {
		call(() -> redis.opsForValue().increment(generationKey()));
	}

	String generationKey() {
		return namespace + ":generation";
	}

	private <T> Optional<T> call(Supplier<@Nullable T> operation) {
		try {
			T result = operation.get();
			if (failing.compareAndSet(true, false)) {
				log.info("Supervision cache: Redis answers again");
			}
			return Optional.ofNullable(result);
		}
		catch (RuntimeException ex) {
			if (failing.compareAndSet(false, true)) {
				log.warn("Supervision cache: Redis failed, figures are computed uncached until it answers: {}",
						ex.toString());
			}
			else {
				log.debug("Supervision cache: Redis still failing", ex);
			}
			return Optional.empty();
		}
	}

}
