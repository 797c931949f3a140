package org.gongkai.tenancy.internal;

import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;

/**
 * The thread's current town, and the {@code town} entry of the logging MDC that follows
 * it. Public only because {@code TenantContext} in the api package reads it.
 */
public final class CurrentTown {

	private static final ThreadLocal<@Nullable String> CODE = new ThreadLocal<>();

	private CurrentTown() {
	}

	public static @Nullable String get() {
		return CODE.get();
	}

	/** Makes {@code code} current and answers what was current before. */
	static @Nullable String swap(@Nullable String code) {
		String previous = CODE.get();
		if (code == null) {
			CODE.remove();
			MDC.remove("town");
		}
		else {
			CODE.set(code);
			MDC.put("town", code);
		}
		return previous;
	}

}
