package org.gongkai.portal.internal;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Rendered pages in Redis. Keys start with the namespace and the town:
 * {@code gongkai:portal:{town}:{generation}:{locale}:{path?query}}; the city's pages use
 * {@code _city} in place of a town (no town code has an underscore). A town's generation
 * ({@code gongkai:portal:{town}:generation}) goes up with every catalogue change, so
 * every replica reading this Redis stops finding the old pages at once; they expire by
 * themselves.
 * <p>
 * Redis is a help, never a need: when it fails, pages are rendered uncached and the
 * failure is logged once until Redis answers again.
 */
class PageCache {

	static final String CITY = "_city";

	private static final Logger log = LoggerFactory.getLogger(PageCache.class);

	private final StringRedisTemplate redis;

	private final PageCacheProperties properties;

	private final Counter hits;

	private final Counter misses;

	private final AtomicBoolean failing = new AtomicBoolean();

	PageCache(StringRedisTemplate redis, PageCacheProperties properties, MeterRegistry meters) {
		this.redis = redis;
		this.properties = properties;
		this.hits = Counter.builder("gongkai.portal.cache")
			.description("Portal pages served from Redis (hit) or rendered (miss)")
			.tag("result", "hit")
			.register(meters);
		this.misses = Counter.builder("gongkai.portal.cache")
			.description("Portal pages served from Redis (hit) or rendered (miss)")
			.tag("result", "miss")
			.register(meters);
	}

	/**
	 * The key a page is kept under now, or empty when Redis cannot be asked.
	 * @param scope a town code or {@link #CITY}
	 */
	Optional<String> key(String scope, String locale, String pathAndQuery) {
		return call(() -> {
			String generation = redis.opsForValue().get(generationKey(scope));
			return String.join(":", properties.namespace(), scope, (generation != null) ? generation : "0", locale,
					pathAndQuery);
		});
	}

	/** The page kept under the key, if it is there and was rendered for {@code stamp}. */
	Optional<CachedPage> get(String key, String stamp) {
		Optional<CachedPage> page = call(() -> redis.opsForValue().get(key)).map(CachedPage::parse)
			.filter(cached -> cached.stamp().equals(stamp));
		(page.isPresent() ? hits : misses).increment();
		return page;
	}

	/** Counted as a miss: the page is rendered without asking Redis for it. */
	void bypassed() {
		misses.increment();
	}

	void put(String key, CachedPage page) {
		call(() -> {
			redis.opsForValue().set(key, page.serialized(), properties.ttl());
			return Boolean.TRUE;
		});
	}

	/**
	 * The town's pages, and the city's (its list and sitemap index show every town), are
	 * out of date.
	 */
	void invalidate(String town) {
		if (!properties.enabled()) {
			return;
		}
		call(() -> {
			redis.opsForValue().increment(generationKey(town));
			return redis.opsForValue().increment(generationKey(CITY));
		});
	}

	String generationKey(String scope) {
		return properties.namespace() + ":" + scope + ":generation";
	}

	private <T> Optional<T> call(Supplier<@Nullable T> operation) {
		try {
			T result = operation.get();
			if (failing.compareAndSet(true, false)) {
				log.info("Portal page cache: Redis answers again");
			}
			return Optional.ofNullable(result);
		}
		catch (RuntimeException ex) {
			if (failing.compareAndSet(false, true)) {
				log.warn("Portal page cache: Redis failed, pages are rendered uncached until it answers: {}",
						ex.toString());
			}
			else {
				log.debug("Portal page cache: Redis still failing", ex);
			}
			return Optional.empty();
		}
	}

	/**
	 * A rendered page as kept in Redis.
	 *
	 * @param stamp what the page was rendered for (the town's status, or the list of
	 * towns for the city's pages): a page whose stamp no longer holds is rendered anew
	 */
	record CachedPage(String stamp, String contentType, String body) {

		String serialized() {
			return stamp + "\n" + contentType + "\n" + body;
		}

		static @Nullable CachedPage parse(String value) {
			int first = value.indexOf('\n');
			int second = (first < 0) ? -1 : value.indexOf('\n', first + 1);
			if (second < 0) {
				return null;
			}
			return new CachedPage(value.substring(0, first), value.substring(first + 1, second),
					value.substring(second + 1));
		}

	}

}
