package org.gongkai.app;

import java.util.stream.Collectors;

import org.gongkai.tenancy.api.TownRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.data.redis.autoconfigure.DataRedisConnectionDetails;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Tells whoever started the platform what is running and where, once it is ready. */
@Component
class StartupReport {

	private static final Logger log = LoggerFactory.getLogger(StartupReport.class);

	private final Environment environment;

	private final JdbcConnectionDetails database;

	private final DataRedisConnectionDetails redis;

	private final TownRegistry towns;

	private final DemoProperties demo;

	private static final String DEMO_ACCOUNTS = """
			  Demo accounts (password Demo@2026; tokens: client gongkai-cli, password grant):
			    binhu-admin  binhu-editor  binhu-reviewer  binhu-officer      (滨湖镇)
			    liugong-admin liugong-editor liugong-reviewer liugong-officer (六工镇)
			    twotowns (editor in both)  city-supervisor  platform-admin
			""";

	StartupReport(Environment environment, JdbcConnectionDetails database, DataRedisConnectionDetails redis,
			TownRegistry towns, DemoProperties demo) {
		this.environment = environment;
		this.database = database;
		this.redis = redis;
		this.towns = towns;
		this.demo = demo;
	}

	@EventListener(ApplicationReadyEvent.class)
	void report() {
		String base = "http://localhost:" + environment.getProperty("local.server.port", "8080");
		String townList = towns.all().stream().map(t -> t.code() + " " + t.name()).collect(Collectors.joining(", "));
		log.info(
				"""

						==== Gongkai is running ====
						  Public portal:        {}/   (a town: {}/towns/binhu)
						  Staff sign-in:        {}/staff   (platform admins: {}/admin/tenants)
						  Towns (public JSON):  {}/api/v1/towns
						  Working-day calendar: {}/api/v1/calendar/2026  and  {}/api/v1/calendar/deadline?received=2026-09-18&workingDays=20
						  Health / metrics:     {}/actuator/health  {}/actuator/prometheus
						  PostgreSQL:           {} (owner {})
						  Redis:                {}:{}
						  Keycloak realm:       {}
						  {} towns: {}
						{}============================""",
				base, base, base, base, base, base, base, base, base, database.getJdbcUrl(), database.getUsername(),
				redis.getStandalone().getHost(), redis.getStandalone().getPort(),
				environment.getProperty("gongkai.oidc.issuer", "(not configured)"), towns.all().size(), townList,
				demo.enabled() ? DEMO_ACCOUNTS : "");
	}

}
