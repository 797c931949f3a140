package org.gongkai.requests.web;

import org.gongkai.requests.api.RequestDetail;

import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;

/**
 * A part of the staff request page that one feature contributes (fees, consultations,
 * review cases, notes and documents…): the page renders fragment {@code section} of
 * {@link #template()} after calling {@link #contribute}. Forms in a section post to their
 * own controller, which redirects back to the request page with flash attribute
 * {@code message} (a message key) or {@code actionError} / {@code actionErrors} (text, or
 * text per field).
 */
interface RequestSection {

	/**
	 * The Thymeleaf template that holds fragment {@code section}, e.g.
	 * {@code requests/sections/fees}.
	 */
	String template();

	/** Where on the page, lowest first. */
	int order();

	/**
	 * Adds what the fragment reads to the model, under names of its own.
	 * @param request the request as the signed-in person may see it (masked for those who
	 * may not see personal data)
	 */
	void contribute(RequestDetail request, Authentication staff, Model model);

}
