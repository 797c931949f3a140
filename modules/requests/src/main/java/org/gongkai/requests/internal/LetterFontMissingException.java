package org.gongkai.requests.internal;

import java.util.List;
import java.util.Map;

import org.gongkai.web.ProblemException;

import org.springframework.http.HttpStatus;

/**
 * No Chinese font could be loaded to print a reply letter as PDF (503). Thrown instead of
 * printing with a Latin font, which would put empty boxes where every Chinese character
 * belongs and send the applicant an unreadable letter. The server is fine otherwise; an
 * operator has to install the font package the message names.
 */
public class LetterFontMissingException extends ProblemException {

	/** The Debian package that provides the fonts looked for first. */
	public static final String FONT_PACKAGE = "fonts-noto-cjk";

	LetterFontMissingException(List<String> triedFonts) {
		super(HttpStatus.SERVICE_UNAVAILABLE, "requests.letter.font-missing", Map.of("package", FONT_PACKAGE),
				String.join(", ", triedFonts), FONT_PACKAGE);
	}

}
