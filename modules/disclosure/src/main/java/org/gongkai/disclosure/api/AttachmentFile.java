package org.gongkai.disclosure.api;

import org.gongkai.web.DocumentType;

/** An attachment's content for download, under its original (Chinese) file name. */
public record AttachmentFile(String fileName, DocumentType type, byte[] content) {
}
