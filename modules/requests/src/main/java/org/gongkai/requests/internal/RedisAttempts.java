package org.gongkai.requests.internal;

import java.time.Duration;

import org.gongkai.requests.api.Attempts;
import org.gongkai.requests.api.RequestException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * Counts a client's attempts per minute in Redis, shared by every replica: online
 * submissions and status lookups (which guess at tracking codes) are limited. Redis
 * failing lets attempts through: a citizen must never be kept from applying by an outage.
 */
@Component
@EnableConfigurationProperties(RedisAttempts.Limits.class)
class RedisAttempts implements Attempts {

	private static final Logger log = LoggerFactory.getLogger(RedisAttempts.class);

	private final StringRedisTemplate redis;

	private final Limits limits;

	RedisAttempts(StringRedisTemplate redis, Limits limits) {
		this.redis = redis;
		this.limits = limits;
	}

	@Override
	public void submission(String town, String client) {
		check("submit", town, client, limits.submissionsPerMinute());
	}

	@Override
	public void lookup(String town, String client) {
		check("status", town, client, limits.lookupsPerMinute());
	}

	private void check(String what, String town, String client, int limit) {
		long minute = System.currentTimeMillis() / 60_000;
		String key = "gongkai:requests:%s:%s:%s:%d".formatted(town, what, client, minute);
		try {
			Long count = redis.opsForValue().increment(key);
			if (count != null && count == 1) {
				redis.expire(key, Duration.ofMinutes(2));
			}
			if (count != null && count > limit) {
				throw RequestException.tooManyAttempts();
			}
		}
		catch (org.springframework.dao.DataAccessException ex) {
			log.warn("Attempt limits unavailable ({}); letting the attempt through", ex.getMessage());
		}
	}

	/**
	 * @param submissionsPerMinute online applications per client and town
	 * @param lookupsPerMinute status lookups per client and town
	 */
	@ConfigurationProperties("gongkai.requests.limits")
	record Limits(@DefaultValue("10") int submissionsPerMinute, @DefaultValue("20") int lookupsPerMinute) {
	}

}
