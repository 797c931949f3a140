package org.gongkai.requests.api;

/**
 * Limits on what one client may try per minute in a town, shared by the JSON API and the
 * portal's pages: online submissions, and status lookups (which guess at tracking codes).
 */
public interface Attempts {

	/**
	 * Counts a submission.
	 * @param client who tries, as the server sees them (the remote address)
	 * @throws RequestException (429) once the client is over the limit
	 */
	void submission(String town, String client);

	/**
	 * Counts a status lookup.
	 * @throws RequestException (429) once the client is over the limit
	 */
	void lookup(String town, String client);

}
