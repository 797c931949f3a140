package org.gongkai.requests.internal;

import com.lowagie.text.pdf.DefaultSplitCharacter;
import com.lowagie.text.pdf.PdfChunk;

/**
 * Chinese line-breaking rules (避头尾): OpenPDF may break after any Chinese character, which
 * starts lines with a comma or full stop and ends them with an opening quote; official
 * documents never do either.
 */
final class ChineseLineBreaks extends DefaultSplitCharacter {

	static final ChineseLineBreaks INSTANCE = new ChineseLineBreaks();

	/** Characters that must not begin a line. */
	private static final String NO_LINE_START = "，。、；：？！）】》」』”’…—·,.;:?!)]";

	/** Characters that must not end a line. */
	private static final String NO_LINE_END = "（【《「『“‘([";

	@Override
	public boolean isSplitCharacter(int start, int current, int end, char[] cc, PdfChunk[] ck) {
		if (NO_LINE_END.indexOf(getCurrentCharacter(current, cc, ck)) >= 0) {
			return false;
		}
		if (current + 1 < end && NO_LINE_START.indexOf(getCurrentCharacter(current + 1, cc, ck)) >= 0) {
			return false;
		}
		return super.isSplitCharacter(start, current, end, cc, ck);
	}

}
