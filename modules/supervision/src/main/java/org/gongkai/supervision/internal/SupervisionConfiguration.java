package org.gongkai.supervision.internal;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The relay runs on a schedule. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SupervisionConfiguration {

}
