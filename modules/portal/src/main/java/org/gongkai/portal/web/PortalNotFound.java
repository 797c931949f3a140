package org.gongkai.portal.web;

/**
 * Nothing public at this address: an unknown page, an item never published or since
 * withdrawn, an attachment of one. Answered with the portal's 404 page.
 */
class PortalNotFound extends RuntimeException {

	PortalNotFound(String what) {
		super(what, null, false, false);
	}

}
