package org.gongkai.portal.internal;

import java.time.Duration;

import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The portal's page cache in Redis.
 *
 * @param enabled false renders every page afresh (Redis is then not asked at all)
 * @param ttl how long a rendered page is kept; a catalogue change retires it sooner
 * @param namespace the first part of every key; tests sharing one Redis give each run a
 * namespace of its own, as the devstack gives each a database of its own
 */
@Validated
@ConfigurationProperties("gongkai.portal.cache")
record PageCacheProperties(@DefaultValue("true") boolean enabled, @DefaultValue("PT10M") Duration ttl,
		@DefaultValue("gongkai:portal") @NotBlank String namespace) {
}
