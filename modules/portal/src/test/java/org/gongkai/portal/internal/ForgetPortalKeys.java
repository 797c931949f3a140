package org.gongkai.portal.internal;

import java.util.HashSet;
import java.util.Set;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.data.redis.core.ScanOptions;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Leaves the shared Redis as it was: a test context's keys go with it, as its database
 * does. On the closed event, because Redis stops with the other lifecycle beans before
 * any bean is destroyed; and with the namespace the cache itself uses, as a random one is
 * drawn anew wherever the setting is read.
 */
@TestConfiguration
public class ForgetPortalKeys {

	@Bean
	ApplicationListener<ContextClosedEvent> forgetThisRunsPortalKeys(StringRedisTemplate redis,
			PageCacheProperties properties) {
		return closed -> {
			Set<String> keys = new HashSet<>();
			try (var cursor = redis.scan(ScanOptions.scanOptions().match(properties.namespace() + ":*").build())) {
				cursor.forEachRemaining(keys::add);
			}
			redis.delete(keys);
		};
	}

}
