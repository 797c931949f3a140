package org.gongkai.requests.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfWriter;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFRun.FontCharRange;
import org.gongkai.requests.api.ReplyLetter;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Prints a {@link ReplyLetter} as DOCX, for the officer to adjust in a word processor,
 * and as PDF, for delivery and the file. The layout follows the official document format
 * (GB/T 9704) approximately: A4, title in 二号 bold, body in 三号 仿宋, 28 pt lines, the
 * sealing town and the date flush right.
 * <p>
 * The PDF embeds a Chinese font from the server, since PDF viewers are not required to
 * have one; if none of the configured fonts can be loaded it throws
 * {@link LetterFontMissingException} rather than print boxes.
 */
public final class LetterRenderer {

	/**
	 * Where Debian puts its Chinese fonts, best first, as {@code file,index} for font
	 * collections. Noto's collections are CFF and hold Japanese, Korean, Simplified and
	 * Traditional Chinese faces; index 2 is Simplified Chinese (checked with
	 * {@code fc-list -f '%{file} %{index} %{family}\n' :lang=zh}).
	 */
	public static final List<String> DEFAULT_FONTS = List.of(
			"/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc,2",
			"/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc,2",
			"/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc,0", "/usr/share/fonts/truetype/arphic/uming.ttc,0");

	private static final Logger log = LoggerFactory.getLogger(LetterRenderer.class);

	// Sizes in points: 二号 is 22 pt, 三号 16 pt; GB/T 9704 sets 22 lines of 28 characters
	// on A4, which comes to about 28 pt per line.
	private static final float TITLE_SIZE = 22f;

	private static final float BODY_SIZE = 16f;

	private static final float LINE = 28f;

	private static final float MM = 72f / 25.4f;

	// DOCX measures in twentieths of a point
	private static final int TWIPS_PER_POINT = 20;

	private static final String TITLE_FONT = "宋体";

	private static final String BODY_FONT = "仿宋";

	private static final String LATIN_FONT = "Times New Roman";

	private final LetterTemplates templates;

	private final List<String> fonts;

	private volatile @Nullable BaseFont font;

	/** The shipped wording and Debian's font locations. */
	public LetterRenderer() {
		this(new LetterTemplates(), DEFAULT_FONTS);
	}

	/**
	 * @param templates the wording of the fixed lines (title, salutation, basis, remedy)
	 * @param fonts font files to try in order, each {@code path} or {@code path,index}
	 * for a collection (.ttc)
	 */
	public LetterRenderer(LetterTemplates templates, List<String> fonts) {
		this.templates = templates;
		this.fonts = List.copyOf(fonts);
	}

	/** The reply letter as a Word document (Office Open XML). */
	public byte[] docx(ReplyLetter letter) {
		return docx(layout(letter));
	}

	/**
	 * The reply letter as PDF with an embedded Chinese font.
	 * @throws LetterFontMissingException if none of the configured fonts can be loaded
	 */
	public byte[] pdf(ReplyLetter letter) {
		return pdf(layout(letter));
	}

	/** Any letter of the office (notices, consultation letters…) as a Word document. */
	public byte[] docx(Letter letter) {
		try (var document = new XWPFDocument(); var out = new ByteArrayOutputStream()) {
			pageSetup(document);
			if (letter.documentNumber() != null) {
				line(document, letter.documentNumber(), ParagraphAlignment.RIGHT, false);
			}
			var title = line(document, letter.title(), ParagraphAlignment.CENTER, true);
			title.setSpacingAfter((int) LINE * TWIPS_PER_POINT);
			line(document, letter.salutation(), ParagraphAlignment.LEFT, false);
			for (var text : letter.paragraphs()) {
				var paragraph = line(document, text, ParagraphAlignment.BOTH, false);
				paragraph.setIndentationFirstLine((int) (2 * BODY_SIZE) * TWIPS_PER_POINT);
			}
			var seal = line(document, letter.sender(), ParagraphAlignment.RIGHT, false);
			seal.setSpacingBefore((int) (2 * LINE) * TWIPS_PER_POINT);
			line(document, LetterTemplates.date(letter.date()), ParagraphAlignment.RIGHT, false);
			document.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Any letter of the office as PDF with an embedded Chinese font.
	 * @throws LetterFontMissingException if none of the configured fonts can be loaded
	 */
	public byte[] pdf(Letter letter) {
		var baseFont = font();
		var titleFont = new Font(baseFont, TITLE_SIZE, Font.BOLD);
		var bodyFont = new Font(baseFont, BODY_SIZE);
		var out = new ByteArrayOutputStream();
		var document = new Document(PageSize.A4, 28 * MM, 26 * MM, 37 * MM, 35 * MM);
		try {
			PdfWriter.getInstance(document, out);
			document.addTitle(letter.title());
			document.addCreator("Gongkai");
			document.open();
			if (letter.documentNumber() != null) {
				document.add(paragraph(letter.documentNumber(), bodyFont, Element.ALIGN_RIGHT));
			}
			var title = paragraph(letter.title(), titleFont, Element.ALIGN_CENTER);
			title.setSpacingAfter(LINE);
			document.add(title);
			document.add(paragraph(letter.salutation(), bodyFont, Element.ALIGN_LEFT));
			for (var text : letter.paragraphs()) {
				var paragraph = paragraph(text, bodyFont, Element.ALIGN_JUSTIFIED);
				paragraph.setFirstLineIndent(2 * BODY_SIZE);
				document.add(paragraph);
			}
			var seal = paragraph(letter.sender(), bodyFont, Element.ALIGN_RIGHT);
			seal.setSpacingBefore(2 * LINE);
			document.add(seal);
			document.add(paragraph(LetterTemplates.date(letter.date()), bodyFont, Element.ALIGN_RIGHT));
		}
		catch (DocumentException ex) {
			throw new IllegalStateException("Cannot lay out letter " + letter.title(), ex);
		}
		finally {
			document.close();
		}
		return out.toByteArray();
	}

	/**
	 * The reply letter's lines: the officer's paragraphs, then the fixed ones (basis,
	 * remedies, contact).
	 */
	private Letter layout(ReplyLetter letter) {
		var paragraphs = new ArrayList<String>();
		letter.decision().lines().map(String::strip).filter((line) -> !line.isEmpty()).forEach(paragraphs::add);
		paragraphs.add(this.templates.basis(letter));
		paragraphs.add(this.templates.remedy(letter));
		if (letter.contact() != null) {
			paragraphs.add(letter.contact());
		}
		return new Letter(letter.documentNumber(), this.templates.title(letter.outcome()),
				this.templates.salutation(letter), paragraphs, letter.town(), letter.decidedOn());
	}

	private static void pageSetup(XWPFDocument document) {
		var section = document.getDocument().getBody().addNewSectPr();
		var size = section.addNewPgSz();
		size.setW(BigInteger.valueOf(Math.round(PageSize.A4.getWidth() * TWIPS_PER_POINT)));
		size.setH(BigInteger.valueOf(Math.round(PageSize.A4.getHeight() * TWIPS_PER_POINT)));
		var margins = section.addNewPgMar();
		margins.setTop(twips(37 * MM));
		margins.setBottom(twips(35 * MM));
		margins.setLeft(twips(28 * MM));
		margins.setRight(twips(26 * MM));
	}

	private static BigInteger twips(float points) {
		return BigInteger.valueOf(Math.round(points * TWIPS_PER_POINT));
	}

	private static XWPFParagraph line(XWPFDocument document, String text, ParagraphAlignment alignment, boolean title) {
		var paragraph = document.createParagraph();
		paragraph.setAlignment(alignment);
		paragraph.setSpacingBetween(title ? 1.5 * LINE : LINE, LineSpacingRule.EXACT);
		XWPFRun run = paragraph.createRun();
		run.setText(text);
		// Word picks the font by character range: without the East Asian name it would
		// show Chinese in whatever its default is, and the Latin name covers digits
		run.setFontFamily(title ? TITLE_FONT : BODY_FONT, FontCharRange.eastAsia);
		run.setFontFamily(LATIN_FONT, FontCharRange.ascii);
		run.setFontFamily(LATIN_FONT, FontCharRange.hAnsi);
		run.setFontSize(title ? TITLE_SIZE : BODY_SIZE);
		run.setBold(title);
		return paragraph;
	}

	private static Paragraph paragraph(String text, Font font, int alignment) {
		var chunk = new Chunk(text, font);
		chunk.setSplitCharacter(ChineseLineBreaks.INSTANCE);
		var paragraph = new Paragraph(LINE, chunk);
		paragraph.setAlignment(alignment);
		return paragraph;
	}

	/**
	 * Loads the first usable font once; parsing a 20 MB collection per letter would be
	 * slow.
	 */
	private BaseFont font() {
		var loaded = this.font;
		if (loaded == null) {
			synchronized (this) {
				loaded = this.font;
				if (loaded == null) {
					loaded = loadFont();
					this.font = loaded;
				}
			}
		}
		return loaded;
	}

	private BaseFont loadFont() {
		for (var spec : this.fonts) {
			if (!Files.isReadable(Path.of(file(spec)))) {
				continue;
			}
			try {
				var loaded = BaseFont.createFont(spec, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
				log.debug("Reply letters use font {}", spec);
				return loaded;
			}
			catch (IOException | RuntimeException ex) {
				// a damaged or unsupported file should not hide the next candidate
				log.warn("Cannot load font {} for reply letters, trying the next", spec, ex);
			}
		}
		throw new LetterFontMissingException(this.fonts);
	}

	/** The file of a {@code path,index} collection entry. */
	private static String file(String spec) {
		var comma = spec.lastIndexOf(',');
		return (comma > 0 && spec.substring(comma + 1).chars().allMatch(Character::isDigit)) ? spec.substring(0, comma)
				: spec;
	}

}
