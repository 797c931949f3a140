package org.gongkai.tenancy.internal;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

@Configuration(proxyBeanMethods = false)
class TenancyConfiguration {

	/**
	 * The platform's clock, in China time whatever zone the server runs in: receipt
	 * dates, deadlines, 成文日期 and publication days are Chinese calendar days (a container
	 * in UTC would otherwise date everything between midnight and 08:00 in China as the
	 * day before).
	 */
	@Bean
	@ConditionalOnMissingBean
	Clock clock(@Value("${gongkai.time-zone:Asia/Shanghai}") ZoneId zone) {
		return Clock.system(zone);
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
