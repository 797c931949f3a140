package org.gongkai.requests.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.gongkai.requests.api.ApplicantType;
import org.gongkai.requests.api.ClockChange;
import org.gongkai.requests.api.Delivery;
import org.gongkai.requests.api.InformationForm;
import org.gongkai.requests.api.IntakeChannel;
import org.gongkai.requests.api.NewRequest;
import org.gongkai.requests.api.Outcome;
import org.gongkai.requests.api.RequestClock;
import org.gongkai.requests.api.RequestDeadline;
import org.gongkai.requests.api.RequestDecisions;
import org.gongkai.requests.api.RequestDesk;
import org.gongkai.requests.api.RequestDetail;
import org.gongkai.requests.api.RequestException;
import org.gongkai.requests.api.RequestPage;
import org.gongkai.requests.api.RequestQuery;
import org.gongkai.requests.api.RequestReceipt;
import org.gongkai.requests.api.RequestState;
import org.gongkai.requests.api.RequestSummary;
import org.gongkai.tenancy.api.TownRegistry;
import org.gongkai.web.Lenient;
import org.gongkai.web.ProblemException;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A town's requests for its staff: the inbox, registering an application received off
 * line with its printable receipt, and the request page with its deadline explained and
 * the steps the signed-in person may take. The security chain has checked membership of
 * {@code code} (city supervisors read); personal data is whole only for request officers
 * and reviewers. Each step redirects back to the request with a message, or with why it
 * was refused.
 */
@Controller
@RequestMapping("/staff/towns/{code}/requests")
class RequestPagesController {

	static final int PAGE_SIZE = 20;

	private static final String BACK = "redirect:/staff/towns/{code}/requests/{trackingCode}";

	private final RequestDesk desk;

	private final RequestClock clock;

	private final RequestDecisions decisions;

	private final TownRegistry towns;

	private final MessageSource messages;

	private final List<RequestSection> sections;

	RequestPagesController(RequestDesk desk, RequestClock clock, RequestDecisions decisions, TownRegistry towns,
			MessageSource messages, List<RequestSection> sections) {
		this.desk = desk;
		this.clock = clock;
		this.decisions = decisions;
		this.towns = towns;
		this.messages = messages;
		this.sections = sections.stream().sorted(Comparator.comparingInt(RequestSection::order)).toList();
	}

	@GetMapping
	String inbox(@PathVariable String code, @ModelAttribute("filters") InboxFilters filters, Authentication staff,
			Model model) {
		RequestAccess access = RequestAccess.of(staff, code);
		RequestPage found = desk.inbox(filters.query(staff.getName()));
		model.addAttribute("town", towns.require(code));
		model.addAttribute("access", access);
		model.addAttribute("rows", access.seesPersonalData() ? found.content()
				: found.content().stream().map(RequestSummary::masked).toList());
		model.addAttribute("found", found);
		long pages = (found.total() + found.size() - 1) / found.size();
		model.addAttribute("pages", pages);
		model.addAttribute("previousQuery", (found.page() > 0) ? filters.queryString(found.page() - 1) : null);
		model.addAttribute("nextQuery", (found.page() + 1 < pages) ? filters.queryString(found.page() + 1) : null);
		model.addAttribute("exportQuery", filters.queryString(null));
		model.addAttribute("states", RequestState.values());
		model.addAttribute("channels", IntakeChannel.values());
		return "requests/inbox";
	}

	/**
	 * The inbox as CSV (UTF-8 with a byte-order mark, which Excel and WPS need to read
	 * Chinese): every request the filters select, personal data always masked, since an
	 * export leaves the system.
	 */
	@GetMapping("/export.csv")
	ResponseEntity<byte[]> export(@PathVariable String code, @ModelAttribute("filters") InboxFilters filters,
			Authentication staff, Locale locale) {
		StringBuilder csv = new StringBuilder("\uFEFF");
		csv.append(String.join(",", messages.getMessage("requests.page.export.header", null, locale).split("\\|")))
			.append("\r\n");
		RequestQuery first = filters.query(staff.getName());
		for (int page = 0;; page++) {
			RequestPage found = desk.inbox(new RequestQuery(first.state(), first.dueBy(), first.channel(),
					first.officer(), page, RequestQuery.MAX_SIZE));
			for (RequestSummary row : found.content()) {
				RequestSummary masked = row.masked();
				csv.append(Csv.line(masked.trackingCode(), String.valueOf(masked.receivedOn()),
						text("requests.channel." + masked.channel(), locale),
						text("requests.applicant-type." + masked.applicantType(), locale), masked.applicantName(),
						masked.phone(), masked.description(), text("requests.state." + masked.state(), locale),
						Objects.requireNonNullElse(masked.officer(), ""),
						(masked.dueOn() != null) ? masked.dueOn().toString() : "",
						masked.overdue() ? text("requests.page.overdue", locale)
								: masked.dueSoon() ? text("requests.page.due-soon", locale) : ""));
			}
			if ((long) (page + 1) * found.size() >= found.total()) {
				break;
			}
		}
		return Downloads.file(csv.toString().getBytes(StandardCharsets.UTF_8),
				towns.require(code).name() + "-依申请公开.csv", "text/csv;charset=UTF-8");
	}

	@GetMapping("/new")
	@PreAuthorize(RequestAccess.HANDLERS)
	String registration(@PathVariable String code, Model model) {
		return registrationView(code, RegistrationForm.blank(today().toString()), Map.of(), model);
	}

	@PostMapping("/new")
	@PreAuthorize(RequestAccess.HANDLERS)
	String register(@PathVariable String code, @ModelAttribute RegistrationForm form, Model model,
			RedirectAttributes flash, Locale locale) {
		Map<String, String> errors = new LinkedHashMap<>();
		IntakeChannel channel = Lenient.enumValue(IntakeChannel.class, form.channel());
		LocalDate receivedOn = Lenient.date(form.receivedOn());
		if (channel == null) {
			errors.put("channel",
					text(RequestException.invalid(Map.of("channel", List.of("required"))).fieldErrors().get("channel"),
							locale));
		}
		if (receivedOn == null) {
			errors.put("receivedOn", text(
					RequestException.invalid(Map.of("receivedOn", List.of("required"))).fieldErrors().get("receivedOn"),
					locale));
		}
		if (errors.isEmpty()) {
			try {
				RequestReceipt receipt = desk.register(form.request(), channel, receivedOn);
				flash.addFlashAttribute("message", "requests.page.flash.registered");
				return "redirect:/staff/towns/{code}/requests/" + receipt.trackingCode() + "/receipt";
			}
			catch (RequestException ex) {
				ex.fieldErrors().forEach((field, message) -> errors.put(field, text(message, locale)));
				if (errors.isEmpty()) {
					errors.put("form", problem(ex, locale));
				}
			}
		}
		return registrationView(code, form, errors, model);
	}

	/** The printable receipt (回执) of an application registered by staff. */
	@GetMapping("/{trackingCode}/receipt")
	String receipt(@PathVariable String code, @PathVariable String trackingCode, Authentication staff, Model model) {
		RequestDetail found = desk.detail(trackingCode);
		model.addAttribute("town", towns.require(code));
		model.addAttribute("request", RequestAccess.of(staff, code).seesPersonalData() ? found : found.masked());
		return "requests/receipt";
	}

	@GetMapping("/{trackingCode}")
	String request(@PathVariable String code, @PathVariable String trackingCode, Authentication staff, Model model,
			Locale locale) {
		RequestAccess access = RequestAccess.of(staff, code);
		RequestDetail found = desk.detail(trackingCode);
		RequestDetail request = access.seesPersonalData() ? found : found.masked();
		RequestDeadline computed = clock.deadline(trackingCode);
		RequestDeadline deadline = access.seesPersonalData() ? computed
				: computed.withoutParties(messages.getMessage("requests.page.deadline.party", null, locale));
		model.addAttribute("town", towns.require(code));
		model.addAttribute("access", access);
		model.addAttribute("request", request);
		model.addAttribute("deadline", deadline);
		model.addAttribute("explanation",
				deadline.explanation()
					.stream()
					.map(step -> messages.getMessage(step.code(), step.argumentArray(), step.code(), locale))
					.toList());
		model.addAttribute("outcomes", Outcome.values());
		model.addAttribute("deliveries", Delivery.values());
		model.addAttribute("today", today());
		model.addAttribute("me", staff.getName());
		if (!model.containsAttribute("decisionDraft")) {
			// the decision as written so far; after a refused attempt the flash brings
			// the
			// officer's own text back instead
			model.addAttribute("decisionDraft",
					Map.of("outcome", (request.outcome() != null) ? request.outcome().name() : "", "decisionText",
							Objects.requireNonNullElse(request.decisionText(), ""), "legalBasis",
							Objects.requireNonNullElse(request.legalBasis(), "")));
		}
		sections.forEach(section -> section.contribute(request, staff, model));
		model.addAttribute("sections", sections);
		return "requests/request";
	}

	@PostMapping("/{trackingCode}/assign")
	@PreAuthorize(RequestAccess.HANDLERS)
	String assign(@PathVariable String code, @PathVariable String trackingCode,
			@RequestParam(defaultValue = "") String officer, RedirectAttributes flash, Locale locale) {
		return step(flash, locale, "requests.page.flash.assigned", () -> desk.assign(trackingCode, officer));
	}

	/**
	 * A step that moves the deadline: the 补正 notice and the corrected application, and
	 * the extension, which a reviewer approves (regulation art. 33).
	 */
	@PostMapping("/{trackingCode}/clock")
	@PreAuthorize(RequestAccess.HANDLERS)
	String clock(@PathVariable String code, @PathVariable String trackingCode, @RequestParam String kind,
			@RequestParam(defaultValue = "") String on, @RequestParam(defaultValue = "") String correctBy,
			@RequestParam(defaultValue = "") String workingDays, @RequestParam(defaultValue = "") String reason,
			Authentication staff, RedirectAttributes flash, Locale locale) {
		ClockChange.Kind step = Lenient.enumValue(ClockChange.Kind.class, kind);
		if (step == null || !step.recordedAlone()) {
			return refused(flash, "requests.page.clock.unknown", locale);
		}
		if (step == ClockChange.Kind.EXTENDED && !RequestAccess.of(staff, code).reviewer()) {
			throw new AccessDeniedException("An extension needs a reviewer's approval");
		}
		LocalDate day = Lenient.date(on);
		if (day == null) {
			flash.addFlashAttribute("actionErrors", Map.of(step.name() + ".on",
					messages.getMessage("requests.page.clock.date-required", null, locale)));
			return BACK;
		}
		var change = new ClockChange(step, day, Lenient.date(correctBy), null, Lenient.integer(workingDays),
				reason.isBlank() ? null : reason.strip());
		return step(flash, locale, "requests.page.flash.clock." + step.name(),
				() -> clock.record(trackingCode, change, staff.getName()));
	}

	@PostMapping("/{trackingCode}/decision")
	@PreAuthorize(RequestAccess.OFFICERS)
	String propose(@PathVariable String code, @PathVariable String trackingCode,
			@RequestParam(defaultValue = "") String outcome, @RequestParam(defaultValue = "") String decisionText,
			@RequestParam(defaultValue = "") String legalBasis, Authentication staff, RedirectAttributes flash,
			Locale locale) {
		Outcome chosen = Lenient.enumValue(Outcome.class, outcome);
		if (chosen == null) {
			flash.addFlashAttribute("actionErrors", Map.of("outcome",
					text(RequestException.invalid(Map.of("outcome", List.of("required"))).fieldErrors().get("outcome"),
							locale)));
			flash.addFlashAttribute("decisionDraft",
					Map.of("outcome", "", "decisionText", decisionText, "legalBasis", legalBasis));
			return BACK;
		}
		String back = step(flash, locale, "requests.page.flash.proposed",
				() -> decisions.propose(trackingCode, chosen, decisionText, legalBasis, staff.getName()));
		if (!flash.getFlashAttributes().containsKey("message")) {
			flash.addFlashAttribute("decisionDraft",
					Map.of("outcome", outcome, "decisionText", decisionText, "legalBasis", legalBasis));
		}
		return back;
	}

	@PostMapping("/{trackingCode}/decision/approve")
	@PreAuthorize(RequestAccess.REVIEWERS)
	String approve(@PathVariable String code, @PathVariable String trackingCode, Authentication staff,
			RedirectAttributes flash, Locale locale) {
		return step(flash, locale, "requests.page.flash.approved",
				() -> decisions.approve(trackingCode, staff.getName()));
	}

	@PostMapping("/{trackingCode}/delivery")
	@PreAuthorize(RequestAccess.HANDLERS)
	String delivered(@PathVariable String code, @PathVariable String trackingCode,
			@RequestParam(defaultValue = "") String method, @RequestParam(defaultValue = "") String on,
			RedirectAttributes flash, Locale locale) {
		Delivery how = Lenient.enumValue(Delivery.class, method);
		LocalDate day = Lenient.date(on);
		if (how == null || day == null) {
			String field = (how == null) ? "delivery" : "deliveredOn";
			flash.addFlashAttribute("actionErrors", Map.of(field, text(
					RequestException.invalid(Map.of(field, List.of("required"))).fieldErrors().get(field), locale)));
			return BACK;
		}
		return step(flash, locale, "requests.page.flash.delivered", () -> decisions.delivered(trackingCode, how, day));
	}

	@GetMapping("/{trackingCode}/letter.docx")
	@PreAuthorize(RequestAccess.HANDLERS)
	ResponseEntity<byte[]> letterDocx(@PathVariable String code, @PathVariable String trackingCode) {
		return Downloads.replyLetter(decisions, trackingCode, Downloads.DOCX);
	}

	@GetMapping("/{trackingCode}/letter.pdf")
	@PreAuthorize(RequestAccess.HANDLERS)
	ResponseEntity<byte[]> letterPdf(@PathVariable String code, @PathVariable String trackingCode) {
		return Downloads.replyLetter(decisions, trackingCode, Downloads.PDF);
	}

	private String registrationView(String code, RegistrationForm form, Map<String, String> errors, Model model) {
		model.addAttribute("town", towns.require(code));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("channels", List.of(IntakeChannel.IN_PERSON, IntakeChannel.LETTER_SIGNED_FOR,
				IntakeChannel.LETTER_PLAIN, IntakeChannel.FAX, IntakeChannel.EMAIL));
		model.addAttribute("applicantTypes", ApplicantType.values());
		model.addAttribute("forms", InformationForm.values());
		model.addAttribute("deliveries", Delivery.values());
		return "requests/register";
	}

	/**
	 * Takes a step and goes back to the request: with a message, or with why not (out of
	 * turn, a field at fault).
	 */
	private String step(RedirectAttributes flash, Locale locale, String done, Runnable action) {
		try {
			action.run();
			flash.addFlashAttribute("message", done);
		}
		catch (ProblemException ex) {
			PageProblems.flash(ex, messages, locale, flash);
		}
		return BACK;
	}

	private static LocalDate today() {
		return LocalDate.now(ZoneId.of("Asia/Shanghai"));
	}

	private String refused(RedirectAttributes flash, String key, Locale locale) {
		flash.addFlashAttribute("actionError", messages.getMessage(key, null, locale));
		return BACK;
	}

	private String problem(ProblemException ex, Locale locale) {
		return messages.getMessage(ex.getDetailMessageCode(), ex.getDetailMessageArguments(messages, locale),
				ex.getDetailMessageCode(), locale);
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}

	private String text(org.springframework.context.MessageSourceResolvable message, Locale locale) {
		return messages.getMessage(message, locale);
	}

	/**
	 * The inbox filters as the query string carries them; anything unreadable is ignored
	 * rather than refused. {@code mine} shows the signed-in officer's requests.
	 */
	record InboxFilters(@Nullable String state, @Nullable String channel, @Nullable String officer,
			@Nullable String dueBy, @Nullable String mine, @Nullable String page) {

		RequestQuery query(String me) {
			Integer number = Lenient.integer(page);
			return new RequestQuery(Lenient.enumValue(RequestState.class, state), Lenient.date(dueBy),
					Lenient.enumValue(IntakeChannel.class, channel), onlyMine() ? me : Lenient.text(officer),
					(number != null && number > 0) ? number : 0, PAGE_SIZE);
		}

		boolean onlyMine() {
			return "true".equals(mine);
		}

		String queryString(@Nullable Integer page) {
			var query = UriComponentsBuilder.newInstance();
			add(query, "state", (Lenient.enumValue(RequestState.class, state) != null) ? state : null);
			add(query, "channel", (Lenient.enumValue(IntakeChannel.class, channel) != null) ? channel : null);
			add(query, "officer", Lenient.text(officer));
			add(query, "dueBy", (Lenient.date(dueBy) != null) ? dueBy : null);
			add(query, "mine", onlyMine() ? "true" : null);
			add(query, "page", (page != null) ? String.valueOf(page) : null);
			return query.encode().build().toUriString();
		}

		private static void add(UriComponentsBuilder query, String name, @Nullable String value) {
			if (value != null) {
				query.queryParam(name, value);
			}
		}

	}

}
