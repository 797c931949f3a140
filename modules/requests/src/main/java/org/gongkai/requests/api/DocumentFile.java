package org.gongkai.requests.api;

/** A request's document with its bytes, for download under its own (Chinese) name. */
public record DocumentFile(String fileName, String contentType, byte[] content) {
}
