package org.gongkai.requests.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the documents attached to requests.
 *
 * @param documentMaxSize the largest file accepted; the container's multipart limit
 * ({@code spring.servlet.multipart.max-file-size}) must be at least as large, or bigger
 * uploads never reach this check
 */
@ConfigurationProperties("gongkai.requests")
record RequestFileSettings(@DefaultValue("20MB") DataSize documentMaxSize) {

}
