package org.gongkai.reporting.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReference;

import org.gongkai.tenancy.api.NewTown;
import org.gongkai.tenancy.api.TownIdentity;
import org.gongkai.tenancy.api.TownKind;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

/**
 * Towns, staff tokens, no identity provider, and a clock the tests can set: records of a
 * past year are made through the real services on the days they happened.
 */
final class ReportingFixtures {

	static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	/** The town whose year the acceptance test builds; no other test touches it. */
	static final NewTown SANGONG = new NewTown("sangong", "三工镇", TownKind.TOWNSHIP, "652301101000",
			"113708280043326001");

	/** The town of the API tests. */
	static final NewTown YUSHUGOU = new NewTown("yushugou", "榆树沟镇", TownKind.TOWNSHIP, "652301102000",
			"113306020025825184");

	/** The town of the import tests: its 2016 report is the worked example of §9. */
	static final NewTown BINHU = new NewTown("binhu", "滨湖镇", TownKind.TOWNSHIP, "652301107000", "11652301752301009G");

	/** The towns of the workflow tests. */
	static final NewTown LIUGONG = new NewTown("liugong", "六工镇", TownKind.TOWNSHIP, "652301105000",
			"116523017523017463");

	static final NewTown DAXIQU = new NewTown("daxiqu", "大西渠镇", TownKind.TOWNSHIP, "652301106000",
			"116523017523024821");

	private ReportingFixtures() {
	}

	/** A bearer token with the given authorities ({@code ROLE_*}, {@code TOWN_*}). */
	static RequestPostProcessor staff(String username, String... authorities) {
		return jwt().jwt(token -> token.subject(username).claim("preferred_username", username))
			.authorities(Arrays.stream(authorities).map(SimpleGrantedAuthority::new).toArray(GrantedAuthority[]::new));
	}

	/**
	 * The system clock until a test sets a day; then 10:00 China time on that day. Tests
	 * reset it when done, since the context is shared.
	 */
	static final class SettableClock extends Clock {

		private final AtomicReference<@Nullable Instant> fixed = new AtomicReference<>();

		void set(LocalDate day) {
			this.fixed.set(day.atTime(LocalTime.of(10, 0)).atZone(CHINA).toInstant());
		}

		void reset() {
			this.fixed.set(null);
		}

		@Override
		public ZoneId getZone() {
			return ZoneId.systemDefault();
		}

		@Override
		public Clock withZone(ZoneId zone) {
			SettableClock settable = this;
			return new Clock() {

				@Override
				public ZoneId getZone() {
					return zone;
				}

				@Override
				public Clock withZone(ZoneId other) {
					return settable.withZone(other);
				}

				@Override
				public Instant instant() {
					return settable.instant();
				}

			};
		}

		@Override
		public Instant instant() {
			Instant instant = this.fixed.get();
			return (instant != null) ? instant : Instant.now();
		}

	}

	@TestConfiguration
	static class Configuration {

		/**
		 * Login is exercised by the app's end-to-end tests; provisioning here skips it.
		 */
		@Bean
		@Primary
		TownIdentity noIdentityProvider() {
			return TownIdentity.none();
		}

		@Bean
		@Primary
		SettableClock settableClock() {
			return new SettableClock();
		}

	}

}
