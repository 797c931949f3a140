package org.gongkai.web;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.StandardServletMultipartResolver;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * An upload above the container's multipart limit
 * ({@code spring.servlet.multipart.max-file-size}, {@code max-request-size}) answered
 * plainly: 413 with a problem for the API, back to the form with a message for a page.
 * Left alone, the container refuses every later look at the request's parameters (the
 * CSRF check's, the language switch's), and the reader gets a 500. Runs after the session
 * and character-encoding filters, before security.
 */
class UploadLimitFilter extends OncePerRequestFilter implements Ordered {

	/** Flash attribute the staff layout shows. */
	static final String FLASH = "uploadTooLarge";

	static final String CODE = "problemDetail.org.springframework.web.multipart.MaxUploadSizeExceededException";

	/** After Spring Session (its session holds the flash) and before Spring Security. */
	static final int ORDER = -110;

	private static final Logger log = LoggerFactory.getLogger(UploadLimitFilter.class);

	private static final Set<String> BODY_METHODS = Set.of("POST", "PUT", "PATCH");

	private final StandardServletMultipartResolver multipart = new StandardServletMultipartResolver();

	private final MessageSource messages;

	private final LocaleResolver locales;

	private final JsonMapper json;

	UploadLimitFilter(MessageSource messages, LocaleResolver locales, JsonMapper json) {
		this.messages = messages;
		this.locales = locales;
		this.json = json;
	}

	@Override
	public int getOrder() {
		return ORDER;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !BODY_METHODS.contains(request.getMethod()) || !multipart.isMultipart(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			// the container keeps the parts it parses here for whoever reads them next
			multipart.resolveMultipart(request);
		}
		catch (MaxUploadSizeExceededException ex) {
			log.debug("Upload to {} refused as too large: {}", request.getRequestURI(), ex.getMessage());
			if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
				problem(request, response);
			}
			else {
				back(request, response);
			}
			return;
		}
		chain.doFilter(request, response);
	}

	private void problem(HttpServletRequest request, HttpServletResponse response) throws IOException {
		Locale locale = locales.resolveLocale(request);
		ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.CONTENT_TOO_LARGE);
		problem.setTitle(messages.getMessage(
				"problemDetail.title.org.springframework.web.multipart." + "MaxUploadSizeExceededException", null,
				locale));
		problem.setDetail(messages.getMessage(CODE, null, locale));
		problem.setInstance(URI.create(request.getRequestURI()));
		response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		json.writeValue(response.getOutputStream(), problem);
	}

	/**
	 * Back to the page the form was on, with a flash for the layout to show; only a path
	 * of this site is followed, never another host.
	 */
	private void back(HttpServletRequest request, HttpServletResponse response) throws IOException {
		String target = samePath(request.getHeader("Referer"));
		if (target == null) {
			target = request.getRequestURI();
		}
		FlashMap flash = new FlashMap();
		flash.put(FLASH, Boolean.TRUE);
		flash.setTargetRequestPath(URI.create(target).getPath());
		new SessionFlashMapManager().saveOutputFlashMap(flash, request, response);
		response.setStatus(HttpStatus.SEE_OTHER.value());
		response.setHeader("Location", response.encodeRedirectURL(target));
	}

	private static @Nullable String samePath(@Nullable String referer) {
		if (referer == null) {
			return null;
		}
		try {
			URI uri = URI.create(referer);
			String path = uri.getRawPath();
			if (path == null || !path.startsWith("/") || path.startsWith("//")) {
				return null;
			}
			return (uri.getRawQuery() != null) ? path + "?" + uri.getRawQuery() : path;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
