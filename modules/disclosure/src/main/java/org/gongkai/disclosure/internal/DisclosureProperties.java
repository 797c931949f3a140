package org.gongkai.disclosure.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * @param attachmentMaxSize the largest file an item may carry
 * @param transitionInterval how often scheduled publications and expiries are looked for
 */
@ConfigurationProperties("gongkai.disclosure")
record DisclosureProperties(@DefaultValue("20MB") DataSize attachmentMaxSize,
		@DefaultValue("PT1M") java.time.Duration transitionInterval) {
}
