package org.gongkai.requests.api;

import org.gongkai.web.ProblemException;

import org.springframework.http.HttpStatus;

/**
 * A step on a request that its state does not allow now (409), or a consultation or
 * letter text that does not exist (404); messages under {@code requests.problem.}.
 */
public class RequestActionException extends ProblemException {

	private RequestActionException(HttpStatus status, String reason, Object... arguments) {
		super(status, "requests.problem." + reason, arguments);
	}

	public static RequestActionException consultationOpen(String trackingCode, String party) {
		return new RequestActionException(HttpStatus.CONFLICT, "consultation-open", trackingCode, party);
	}

	public static RequestActionException consultationAnswered(String party) {
		return new RequestActionException(HttpStatus.CONFLICT, "consultation-answered", party);
	}

	public static RequestActionException consultationNotFound(long id) {
		return new RequestActionException(HttpStatus.NOT_FOUND, "consultation-not-found", String.valueOf(id));
	}

	/** No answer may be recorded only once the party's 15 working days are over. */
	public static RequestActionException replyNotYetDue(String party, Object replyDueOn) {
		return new RequestActionException(HttpStatus.CONFLICT, "reply-not-yet-due", party, replyDueOn);
	}

	public static RequestActionException notReleased(String trackingCode) {
		return new RequestActionException(HttpStatus.CONFLICT, "not-released", trackingCode);
	}

	public static RequestActionException alreadyPublished(String trackingCode) {
		return new RequestActionException(HttpStatus.CONFLICT, "already-published", trackingCode);
	}

	public static RequestActionException notPublished(String trackingCode) {
		return new RequestActionException(HttpStatus.NOT_FOUND, "not-published", trackingCode);
	}

	public static RequestActionException unknownTemplate(String key) {
		return new RequestActionException(HttpStatus.NOT_FOUND, "unknown-template", key);
	}

}
