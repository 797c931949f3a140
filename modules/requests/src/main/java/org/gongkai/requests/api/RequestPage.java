package org.gongkai.requests.api;

import java.util.List;

/** One page of the inbox, soonest deadline first. */
public record RequestPage(List<RequestSummary> content, int page, int size, long total) {
}
