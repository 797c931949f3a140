package org.gongkai.app;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The demo city.
 *
 * @param enabled provision the 15 towns and streets of 昌吉市 at start-up when they are
 * missing; production sets {@code GONGKAI_DEMO_ENABLED=false}
 */
@ConfigurationProperties("gongkai.demo")
record DemoProperties(@DefaultValue("true") boolean enabled) {
}
