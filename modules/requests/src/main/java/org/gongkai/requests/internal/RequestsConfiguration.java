package org.gongkai.requests.internal;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The deadline watch runs on a schedule. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class RequestsConfiguration {

}
