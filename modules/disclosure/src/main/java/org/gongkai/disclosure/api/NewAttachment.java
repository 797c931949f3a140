package org.gongkai.disclosure.api;

/** A file as uploaded, before its content is checked. */
public record NewAttachment(String fileName, byte[] content) {
}
