package org.gongkai.disclosure.api;

import org.gongkai.web.DocumentType;

import java.util.UUID;

/** A file published with an item; its content is fetched separately. */
public record Attachment(UUID id, String fileName, DocumentType type, long size) {
}
