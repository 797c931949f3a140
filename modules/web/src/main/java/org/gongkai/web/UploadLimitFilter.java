package org.gongkai.web;

import java.io.IOException;
import java.net.URI;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.StandardServletMultipartResolver;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * A page's upload above the container's multipart limit
 * ({@code spring.servlet.multipart.max-file-size}, {@code max-request-size}) sent back to
 * the form it came from, with a message the staff layout shows. Left alone, the container
 * fails every later look at the request's parameters, the CSRF check's first, and the
 * reader gets a 500. Runs after the session and character-encoding filters, before
 * security, which parses a form's parameters for its CSRF check anyway. API requests are
 * left to {@link ApiProblemHandler}: they are parsed only once their token is checked.
 */
class UploadLimitFilter extends OncePerRequestFilter implements Ordered {

	/** Flash attribute the staff layout shows. */
	static final String FLASH = "uploadTooLarge";

	/** After Spring Session (its session holds the flash) and before Spring Security. */
	static final int ORDER = -110;

	private static final Logger log = LoggerFactory.getLogger(UploadLimitFilter.class);

	private static final Set<String> BODY_METHODS = Set.of("POST", "PUT", "PATCH");

	private final StandardServletMultipartResolver multipart = new StandardServletMultipartResolver();

	@Override
	public int getOrder() {
		return ORDER;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !BODY_METHODS.contains(request.getMethod()) || !multipart.isMultipart(request)
				|| request.getRequestURI().startsWith(request.getContextPath() + "/api/");
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
			back(request, response);
			return;
		}
		chain.doFilter(request, response);
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
