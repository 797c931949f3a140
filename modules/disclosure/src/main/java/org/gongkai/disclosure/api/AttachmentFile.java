package org.gongkai.disclosure.api;

/** An attachment's content for download, under its original (Chinese) file name. */
public record AttachmentFile(String fileName, AttachmentType type, byte[] content) {
}
