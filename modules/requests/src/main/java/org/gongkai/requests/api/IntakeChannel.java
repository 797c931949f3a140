package org.gongkai.requests.api;

/**
 * How a request came in; it decides the receipt date (regulation art. 31): in person the
 * day of submission, a signed-for letter the day it is signed for, a plain letter the day
 * the office confirms it with the applicant, online and fax the day both sides confirm.
 */
public enum IntakeChannel {

	ONLINE, IN_PERSON, LETTER_SIGNED_FOR, LETTER_PLAIN, FAX, EMAIL

}
