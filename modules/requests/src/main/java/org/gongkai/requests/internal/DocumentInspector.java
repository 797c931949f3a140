package org.gongkai.requests.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.jspecify.annotations.Nullable;

/**
 * Recognises a request document's type from its bytes: the extension names the type
 * claimed, the content must be of that type, so a renamed program or an unknown format is
 * refused whatever it is called. The same rules as the catalogue's attachments, whose
 * checker is internal to the disclosure module.
 */
final class DocumentInspector {

	private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);

	/** The OLE2 compound file that holds DOC and XLS alike. */
	private static final byte[] OLE2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
			(byte) 0xE1 };

	private static final byte[] ZIP = { 'P', 'K', 3, 4 };

	private static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A };

	private DocumentInspector() {
	}

	/** The type the file name's extension claims, if it is one accepted at all. */
	static Optional<Type> claimed(String fileName) {
		int dot = fileName.lastIndexOf('.');
		String extension = (dot < 0) ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
		return Arrays.stream(Type.values()).filter(type -> type.extensions.contains(extension)).findFirst();
	}

	/**
	 * Whether the content is of the claimed type. DOC and XLS share one container, which
	 * suffices for them; the ZIP-based formats must hold their own part.
	 */
	static boolean contentMatches(Type claimed, byte[] content) {
		return switch (claimed) {
			case PDF -> startsWith(content, PDF);
			case DOC, XLS -> startsWith(content, OLE2);
			case JPEG -> startsWith(content, JPEG);
			case PNG -> startsWith(content, PNG);
			case DOCX, XLSX, OFD -> claimed == zipFormat(content);
		};
	}

	private static @Nullable Type zipFormat(byte[] content) {
		if (!startsWith(content, ZIP)) {
			return null;
		}
		try (var zip = new ZipInputStream(new ByteArrayInputStream(content))) {
			ZipEntry entry;
			while ((entry = zip.getNextEntry()) != null) {
				String name = entry.getName();
				if (name.startsWith("word/")) {
					return Type.DOCX;
				}
				if (name.startsWith("xl/")) {
					return Type.XLSX;
				}
				if (name.equalsIgnoreCase("OFD.xml")) {
					return Type.OFD;
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

	/** The accepted types, each with its media type and extensions. */
	enum Type {

		PDF("application/pdf", "pdf"), OFD("application/ofd", "ofd"), DOC("application/msword", "doc"),
		DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
		XLS("application/vnd.ms-excel", "xls"),
		XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
		JPEG("image/jpeg", "jpg", "jpeg"), PNG("image/png", "png");

		final String mediaType;

		final List<String> extensions;

		Type(String mediaType, String... extensions) {
			this.mediaType = mediaType;
			this.extensions = List.of(extensions);
		}

	}

}
