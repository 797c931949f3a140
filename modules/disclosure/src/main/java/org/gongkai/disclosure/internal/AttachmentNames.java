package org.gongkai.disclosure.internal;

/**
 * File names as uploaded, Chinese kept, anything that could act as a path or control
 * character removed.
 */
final class AttachmentNames {

	private AttachmentNames() {
	}

	static String clean(String fileName) {
		String name = fileName.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1);
		name = name.replaceAll("[\\p{Cntrl}\"<>|:*?]", "_").strip();
		if (name.length() > 200) {
			int dot = name.lastIndexOf('.');
			String extension = (dot > 0) ? name.substring(dot) : "";
			name = name.substring(0, 200 - extension.length()) + extension;
		}
		return name.isEmpty() ? "附件" : name;
	}

}
