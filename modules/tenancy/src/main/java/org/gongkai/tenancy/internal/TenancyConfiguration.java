package org.gongkai.tenancy.internal;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

@Configuration(proxyBeanMethods = false)
class TenancyConfiguration {

	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.systemDefaultZone();
	}

	/**
	 * Provisioning runs behind the admin's request; two at a time is plenty for a city.
	 */
	@Bean
	ThreadPoolTaskExecutor provisioningExecutor() {
		var executor = new ThreadPoolTaskExecutor();
		executor.setThreadNamePrefix("provision-");
		executor.setCorePoolSize(2);
		executor.setMaxPoolSize(2);
		executor.setWaitForTasksToCompleteOnShutdown(true);
		executor.setAwaitTerminationSeconds(30);
		return executor;
	}

}
