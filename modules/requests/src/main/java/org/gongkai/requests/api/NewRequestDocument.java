package org.gongkai.requests.api;

import org.jspecify.annotations.Nullable;

/** A file to attach to a request, as uploaded. */
public record NewRequestDocument(@Nullable String fileName, byte[] content, @Nullable String description) {
}
