package org.gongkai.supervision.internal;

import java.math.BigDecimal;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.gongkai.calendar.api.WorkingDayCalendar;
import org.gongkai.disclosure.api.CatalogueItem;
import org.gongkai.disclosure.api.CatalogueService;
import org.gongkai.disclosure.api.CatalogueSheets;
import org.gongkai.disclosure.api.ItemQuery;
import org.gongkai.reporting.api.ReportDeadlines;
import org.gongkai.reporting.api.AnnualReports;
import org.gongkai.reporting.api.ReportWorkflow;
import org.gongkai.reporting.api.Table2;
import org.gongkai.requests.api.ApplicantType;
import org.gongkai.requests.api.CaseOutcome;
import org.gongkai.requests.api.LitigationRoute;
import org.gongkai.requests.api.NewReviewCase;
import org.gongkai.requests.api.ReviewCase;
import org.gongkai.requests.api.ReviewCases;
import org.gongkai.requests.api.ReviewKind;
import org.gongkai.requests.api.ReviewOutcome;
import org.gongkai.requests.api.Delivery;
import org.gongkai.requests.api.InformationForm;
import org.gongkai.requests.api.IntakeChannel;
import org.gongkai.requests.api.NewRequest;
import org.gongkai.requests.api.Outcome;
import org.gongkai.requests.api.RequestDecisions;
import org.gongkai.requests.api.RequestDesk;
import org.gongkai.supervision.internal.ReadModel.DayKind;
import org.gongkai.tenancy.api.NewTown;
import org.gongkai.tenancy.api.Tenants;
import org.gongkai.tenancy.api.TownIdentity;
import org.gongkai.tenancy.api.TownKind;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.scheduling.config.ScheduledTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

/**
 * Towns, staff tokens, and what staff do in a town through the owning modules' own
 * services, so that every event reaches the outbox the way it does in production.
 */
final class SupervisionFixtures {

	static final NewTown BINHU = new NewTown("binhu", "滨湖镇", TownKind.TOWNSHIP, "652301107000", "11652301752301009G");

	static final NewTown YUSHUGOU = new NewTown("yushugou", "榆树沟镇", TownKind.TOWNSHIP, "652301100000",
			"11652301752301375C");

	static final NewTown LIUGONG = new NewTown("liugong", "六工镇", TownKind.TOWNSHIP, "652301105000",
			"116523017523017463");

	static final NewTown DAXIQU = new NewTown("daxiqu", "大西渠镇", TownKind.TOWNSHIP, "652301106000",
			"116523017523024821");

	static final String SHEET_HEADER = "索引号,信息名称,发布机构,发文字号,成文日期,发布日期,目录分类,公开方式,有效性\n";

	static final java.util.concurrent.atomic.AtomicInteger CASES = new java.util.concurrent.atomic.AtomicInteger(
			(int) (System.currentTimeMillis() % 100_000) * 10);

	private SupervisionFixtures() {
	}

	/** A bearer token with the given authorities ({@code ROLE_*}, {@code TOWN_*}). */
	static RequestPostProcessor staff(String username, String... authorities) {
		return jwt().jwt(token -> token.subject(username).claim("preferred_username", username))
			.authorities(Arrays.stream(authorities).map(SimpleGrantedAuthority::new).toArray(GrantedAuthority[]::new));
	}

	static LocalDate today() {
		return ChinaDay.today(Clock.systemUTC());
	}

	/** A resident ID with its ISO 7064 check character. */
	static String idNumber() {
		String body = "65230119850312003";
		int[] weights = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
		int sum = 0;
		for (int i = 0; i < body.length(); i++) {
			sum += (body.charAt(i) - '0') * weights[i];
		}
		return body + "10X98765432".charAt(sum % 11);
	}

	/** Counters after minus counters before, leaving out those that did not move. */
	static Map<DayKind, Long> moved(Map<DayKind, Long> before, Map<DayKind, Long> after) {
		Map<DayKind, Long> moved = new HashMap<>();
		after.forEach((key, count) -> {
			long delta = count - before.getOrDefault(key, 0L);
			if (delta != 0) {
				moved.put(key, delta);
			}
		});
		return moved;
	}

	/** Login is exercised by the app's end-to-end tests; provisioning here skips it. */
	@TestConfiguration
	static class NoIdentityProvider {

		@Bean
		@Primary
		TownIdentity noIdentityProvider() {
			return TownIdentity.none();
		}

	}

	/** Staff work in one town, through the api of the module that owns it. */
	record Staff(ApplicationContext context) {

		private <T> T in(String town, java.util.function.Supplier<T> work) {
			return context.getBean(Tenants.class).callAs(town, work);
		}

		/** Imports published items: {@code title,formedOn,publishedOn} per row. */
		void importItems(String town, String... rows) {
			StringBuilder sheet = new StringBuilder(SHEET_HEADER);
			for (String row : rows) {
				String[] cells = row.split(",");
				sheet.append(",")
					.append(cells[0])
					.append(",镇人民政府,,")
					.append(cells[1])
					.append(",")
					.append(cells[2])
					.append(",机构职能,,\n");
			}
			var report = in(town,
					() -> context.getBean(CatalogueSheets.class)
						.importSheet("目录.csv",
								new ByteArrayInputStream(sheet.toString().getBytes(StandardCharsets.UTF_8)), false));
			assertThat(report.problems()).isEmpty();
			assertThat(report.imported()).isEqualTo(rows.length);
		}

		void withdraw(String town, String title) {
			in(town, () -> {
				CatalogueService catalogue = context.getBean(CatalogueService.class);
				List<CatalogueItem> found = catalogue.list(new ItemQuery(null, null, null, null, title, 0, 10))
					.content();
				assertThat(found).hasSize(1);
				return catalogue.withdraw(found.get(0).id(), found.get(0).version(), "信息有误，撤回更正");
			});
		}

		String register(String town, LocalDate receivedOn) {
			NewRequest request = new NewRequest(ApplicantType.NATURAL_PERSON, "马玉兰", idNumber(), null, null,
					"13912345678", null, "昌吉市新湖村", "新湖村2025年集体土地征收补偿方案", InformationForm.PAPER, Delivery.POST);
			return in(town,
					() -> context.getBean(RequestDesk.class)
						.register(request, IntakeChannel.LETTER_SIGNED_FOR, receivedOn)
						.trackingCode());
		}

		void decide(String town, String trackingCode) {
			in(town, () -> {
				RequestDecisions decisions = context.getBean(RequestDecisions.class);
				decisions.propose(trackingCode, Outcome.DISCLOSED, "予以公开，见附件。", "《中华人民共和国政府信息公开条例》第二十七条",
						town + "-officer");
				decisions.approve(trackingCode, town + "-reviewer");
				return null;
			});
		}

		/**
		 * A receipt date whose 20-working-day deadline falls within the due-soon window.
		 */
		LocalDate receivedForDueSoon() {
			WorkingDayCalendar calendar = context.getBean(WorkingDayCalendar.class);
			LocalDate today = today();
			LocalDate soon = calendar.deadline(today, 3).deadline();
			for (LocalDate day = today.minusDays(1); day.isAfter(today.minusDays(60)); day = day.minusDays(1)) {
				LocalDate due = calendar.deadline(day, 20).deadline();
				if (!due.isBefore(today) && !due.isAfter(soon)) {
					return day;
				}
			}
			throw new IllegalStateException("No receipt date gives a deadline in the due-soon window");
		}

		String decideOn(String town, String trackingCode, Outcome outcome) {
			in(town, () -> {
				RequestDecisions decisions = context.getBean(RequestDecisions.class);
				decisions.propose(trackingCode, outcome, "依法答复。", "《中华人民共和国政府信息公开条例》第三十六条", town + "-officer");
				decisions.approve(trackingCode, town + "-reviewer");
				return null;
			});
			return trackingCode;
		}

		ReviewCase openReview(String town, String trackingCode, ReviewKind kind, LocalDate filedOn) {
			return in(town,
					() -> context.getBean(ReviewCases.class)
						.open(trackingCode,
								new NewReviewCase(kind, (kind == ReviewKind.LITIGATION) ? LitigationRoute.DIRECT : null,
										null, (kind == ReviewKind.LITIGATION) ? "昌吉市人民法院" : "昌吉市人民政府",
										"昌政复〔2026〕" + CASES.incrementAndGet() + "号", filedOn, null)));
		}

		ReviewCase result(String town, ReviewCase current, ReviewOutcome result, LocalDate closedOn) {
			return in(town,
					() -> context.getBean(ReviewCases.class)
						.recordOutcome(current.trackingCode(), current.id(),
								new CaseOutcome(result, result.closed() ? closedOn : null, null, current.version())));
		}

		/** Publishes report events as the report workflow does: in a town transaction. */
		/**
		 * Submits the town's report of {@code year} through the workflow, entering a
		 * complete table 二 first when nothing is stored.
		 */
		void submitReport(String town, int year) {
			in(town, () -> {
				ReportWorkflow workflow = context.getBean(ReportWorkflow.class);
				if (workflow.status(year).versionNumber() == 0) {
					context.getBean(AnnualReports.class)
						.saveFigures(year, 0, new Table2(0, 0, 0, 1, 0, 6, 20, 8, 0, BigDecimal.ZERO));
				}
				return workflow.submit(year, workflow.status(year).version());
			});
		}

		void returnReport(String town, int year, String comment) {
			in(town, () -> {
				ReportWorkflow workflow = context.getBean(ReportWorkflow.class);
				return workflow.returnForRevision(year, workflow.status(year).version(), comment);
			});
		}

		void approveReport(String town, int year, boolean publish) {
			in(town, () -> {
				ReportWorkflow workflow = context.getBean(ReportWorkflow.class);
				return workflow.approve(year, workflow.status(year).version(), publish);
			});
		}

		/** Runs requests' scheduled deadline watch now, as its schedule would. */
		void runDeadlineWatch() {
			List<ScheduledTask> watches = context.getBeansOfType(ScheduledTaskHolder.class)
				.values()
				.stream()
				.flatMap(holder -> holder.getScheduledTasks().stream())
				.filter(task -> task.toString().contains("DeadlineWatch.run"))
				.toList();
			assertThat(watches).hasSize(1);
			watches.get(0).getTask().getRunnable().run();
		}

	}

}
