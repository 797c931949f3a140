package org.gongkai.tenancy.api;

/** Town data was touched with no town current: a programming error, never a user's. */
public class NoTownSelectedException extends IllegalStateException {

	public NoTownSelectedException() {
		super("Town data was accessed with no town selected; set the town from the request or with Tenants.runAs");
	}

}
