package org.gongkai.reporting.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.lowagie.text.pdf.BaseFont;
import org.gongkai.reporting.api.ReportException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the Chinese font the PDF export embeds. PDF viewers need not have a Chinese font,
 * so the report carries its own; the same Debian locations as the requests module's reply
 * letters (kept here rather than borrowed, since that is requests' internal code).
 */
final class ReportFonts {

	/** The Debian package that provides the fonts looked for first. */
	static final String FONT_PACKAGE = "fonts-noto-cjk";

	/**
	 * Best first, as {@code file,index} for font collections; index 2 of Noto's
	 * collections is the Simplified Chinese face. The form's tables read better in the
	 * sans face, like the 黑体/仿宋 mix of printed reports.
	 */
	static final List<String> DEFAULT_FONTS = List.of("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc,2",
			"/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc,2",
			"/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc,0", "/usr/share/fonts/truetype/arphic/uming.ttc,0");

	private static final Logger log = LoggerFactory.getLogger(ReportFonts.class);

	private final List<String> candidates;

	private volatile @Nullable BaseFont font;

	ReportFonts(List<String> candidates) {
		this.candidates = List.copyOf(candidates);
	}

	/**
	 * The first font that loads, parsed once (a collection is some 20 MB).
	 * @throws ReportException (503) naming the package to install when none loads
	 */
	BaseFont font() {
		BaseFont loaded = this.font;
		if (loaded == null) {
			synchronized (this) {
				loaded = this.font;
				if (loaded == null) {
					loaded = load();
					this.font = loaded;
				}
			}
		}
		return loaded;
	}

	private BaseFont load() {
		for (String spec : this.candidates) {
			if (!Files.isReadable(Path.of(file(spec)))) {
				continue;
			}
			try {
				return BaseFont.createFont(spec, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
			}
			catch (IOException | RuntimeException ex) {
				// a damaged or unsupported file should not hide the next candidate
				log.warn("Cannot load font {} for annual reports, trying the next", spec, ex);
			}
		}
		throw ReportException.fontMissing(this.candidates, FONT_PACKAGE);
	}

	/** The file of a {@code path,index} collection entry. */
	private static String file(String spec) {
		int comma = spec.lastIndexOf(',');
		return (comma > 0 && spec.substring(comma + 1).chars().allMatch(Character::isDigit)) ? spec.substring(0, comma)
				: spec;
	}

}
