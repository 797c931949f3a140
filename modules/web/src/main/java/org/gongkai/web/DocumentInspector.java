package org.gongkai.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.jspecify.annotations.Nullable;

/**
 * Recognises an uploaded document's type from its bytes (catalogue attachments, documents
 * on a request): a renamed program or an unknown format is refused whatever its extension
 * says, and the extension must agree with the content.
 */
public final class DocumentInspector {

	private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] OLE2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
			(byte) 0xE1 };

	private static final byte[] ZIP = { 'P', 'K', 3, 4 };

	private static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A };

	private DocumentInspector() {
	}

	/** The type the extension claims, if the platform accepts it at all. */
	public static Optional<DocumentType> claimed(String fileName) {
		int dot = fileName.lastIndexOf('.');
		String extension = (dot < 0) ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
		return Arrays.stream(DocumentType.values()).filter(type -> type.extensions().contains(extension)).findFirst();
	}

	/**
	 * Whether the content is of the claimed type. OLE2 files (DOC, XLS) share one
	 * container, so for them the container suffices; ZIP-based ones must hold their
	 * format's own part.
	 */
	public static boolean contentMatches(DocumentType claimed, byte[] content) {
		return switch (claimed) {
			case PDF -> startsWith(content, PDF);
			case DOC, XLS -> startsWith(content, OLE2);
			case JPEG -> startsWith(content, JPEG);
			case PNG -> startsWith(content, PNG);
			case DOCX, XLSX, OFD -> claimed == zipFormat(content);
		};
	}

	private static @Nullable DocumentType zipFormat(byte[] content) {
		if (!startsWith(content, ZIP)) {
			return null;
		}
		try (var zip = new ZipInputStream(new ByteArrayInputStream(content))) {
			ZipEntry entry;
			while ((entry = zip.getNextEntry()) != null) {
				String name = entry.getName();
				if (name.startsWith("word/")) {
					return DocumentType.DOCX;
				}
				if (name.startsWith("xl/")) {
					return DocumentType.XLSX;
				}
				if (name.equalsIgnoreCase("OFD.xml")) {
					return DocumentType.OFD;
				}
			}
		}
		catch (IOException ex) {
			// a damaged archive is no document
		}
		return null;
	}

	private static boolean startsWith(byte[] content, byte[] magic) {
		return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
	}

}
