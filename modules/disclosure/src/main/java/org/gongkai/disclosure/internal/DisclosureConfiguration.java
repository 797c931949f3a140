package org.gongkai.disclosure.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DisclosureProperties.class)
@EnableScheduling
class DisclosureConfiguration {

}
