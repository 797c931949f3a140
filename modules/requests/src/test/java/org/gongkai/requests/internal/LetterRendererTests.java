package org.gongkai.requests.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun.FontCharRange;
import org.gongkai.requests.api.Outcome;
import org.gongkai.requests.api.ReplyLetter;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class LetterRendererTests {

	// kept under target/ so the pictures sit beside the test reports for a human to look
	// at
	private static final Path OUTPUT = Path.of("target", "letters");

	private static final String TOWN = "昌吉市滨湖镇人民政府";

	private static final String APPLICANT = "马玉兰";

	private static final LocalDate DECIDED_ON = LocalDate.of(2026, 12, 8);

	private final LetterTemplates templates = new LetterTemplates();

	private final LetterRenderer renderer = new LetterRenderer();

	@Test
	void printsPartlyDisclosedLetterAsDocxAndPdf() throws IOException {
		var letter = letter(Outcome.PARTLY_DISCLOSED, "2026年滨湖镇农村低保家庭名单及补助标准",
				"本机关于2026年11月27日收到您提出的政府信息公开申请，申请获取“2026年滨湖镇农村低保家庭名单及补助标准”。\n"
						+ "经审查，补助标准可以公开，随本告知书提供；名单中的身份证号码、住址属于个人隐私，公开会对第三方合法权益造成损害，予以遮盖后提供。",
				"《中华人民共和国政府信息公开条例》第十五条、第三十七条", "2026-1127-0042");

		var docx = this.renderer.docx(letter);
		var pdf = this.renderer.pdf(letter);

		assertLetter("partly-disclosed", letter, "政府信息部分公开告知书", docx, pdf);
	}

	@Test
	void printsWithheldLetterAsDocxAndPdf() throws IOException {
		var letter = letter(Outcome.WITHHELD_PROCESS_INFORMATION, "滨湖镇2027年拆迁补偿方案讨论稿",
				"本机关于2026年11月27日收到您提出的政府信息公开申请，申请获取“滨湖镇2027年拆迁补偿方案讨论稿”。\n"
						+ "经审查，您申请获取的信息属于尚在讨论中的过程稿，本机关决定不予公开。方案经批准后将主动公开。",
				"《中华人民共和国政府信息公开条例》第十六条第二款", "2026-1127-0043");

		var docx = this.renderer.docx(letter);
		var pdf = this.renderer.pdf(letter);

		assertLetter("withheld", letter, "政府信息不予公开告知书", docx, pdf);
	}

	@Test
	void draftsBodyFromTheOutcomesWordingWithChineseDates() {
		var letter = letter(Outcome.WITHHELD_STATE_SECRET, "某某文件", "", "《中华人民共和国政府信息公开条例》第十四条", "2026-1127-0044");

		var draft = this.templates.draft(letter.outcome(), letter);

		assertThat(draft).isEqualTo(
				"本机关于2026年11月27日收到您提出的政府信息公开申请（查询码：2026-1127-0044），申请获取“某某文件”。\n" + "经审查，您申请获取的政府信息属于国家秘密，本机关决定不予公开。");
		assertThat(this.templates.title(Outcome.NOT_PROCESSED_REPEATED)).isEqualTo("政府信息公开申请不予处理告知书");
		assertThat(this.templates.documentNumber("滨湖镇", 2026, 12)).isEqualTo("滨湖镇依申公开〔2026〕12号");
	}

	@Test
	void letsTownOverrideWordingPerOutcomeBeforeGroup() {
		var templates = new LetterTemplates(
				Map.of("body.WITHHELD_STATE_SECRET", "{applicant}，涉密，不公开。", "title.WITHHELD", "不予公开告知书"));
		var letter = letter(Outcome.WITHHELD_STATE_SECRET, "某某文件", "", "第十四条", "2026-1127-0045");

		assertThat(templates.draft(letter.outcome(), letter)).isEqualTo(APPLICANT + "，涉密，不公开。");
		assertThat(templates.draft(Outcome.WITHHELD_ENFORCEMENT_FILE, letter)).contains("属于行政执法案卷信息");
		assertThat(templates.title(Outcome.WITHHELD_STATE_SECRET)).isEqualTo("不予公开告知书");
	}

	@Test
	void refusesToPrintPdfWithoutChineseFontAndNamesThePackage() {
		var renderer = new LetterRenderer(this.templates,
				List.of("/nonexistent/fonts/NotoSerifCJK-Regular.ttc,2", "/nonexistent/fonts/wqy-zenhei.ttc,0"));
		var letter = letter(Outcome.DISCLOSED, "某某文件", "予以公开。", "第三十六条", "2026-1127-0046");

		assertThatExceptionOfType(LetterFontMissingException.class).isThrownBy(() -> renderer.pdf(letter))
			.satisfies((ex) -> {
				assertThat(ex.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
				assertThat(ex.getMessage()).contains("fonts-noto-cjk");
				assertThat(detail(ex, Locale.SIMPLIFIED_CHINESE)).contains("apt-get install fonts-noto-cjk")
					.contains("/nonexistent/fonts/wqy-zenhei.ttc,0");
				assertThat(detail(ex, Locale.ENGLISH)).contains("Debian package fonts-noto-cjk");
			});
	}

	private void assertLetter(String name, ReplyLetter letter, String title, byte[] docx, byte[] pdf)
			throws IOException {
		Files.createDirectories(OUTPUT);
		Files.write(OUTPUT.resolve(name + ".docx"), docx);
		Files.write(OUTPUT.resolve(name + ".pdf"), pdf);
		var date = "2026年12月8日";

		List<String> lines;
		try (var document = new XWPFDocument(new ByteArrayInputStream(docx))) {
			lines = document.getParagraphs().stream().map(XWPFParagraph::getText).toList();
			var titleRun = document.getParagraphs().get(0).getRuns().get(0);
			assertThat(titleRun.isBold()).isTrue();
			assertThat(titleRun.getFontFamily(FontCharRange.eastAsia)).isEqualTo("宋体");
			assertThat(document.getParagraphs().get(2).getRuns().get(0).getFontFamily(FontCharRange.eastAsia))
				.isEqualTo("仿宋");
		}
		assertThat(lines).startsWith(title, APPLICANT + "：").endsWith(TOWN, date);
		assertThat(lines).containsSubsequence(letter.decision().lines().toList());
		assertThat(lines).anyMatch((line) -> line.contains(letter.legalBasis()));

		String text;
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getNumberOfPages()).isEqualTo(1);
			assertThat(fonts(document)).allMatch(
					(font) -> font.isEmbedded() && font.getName().contains("NotoSerifCJKsc"),
					"an embedded Noto Serif CJK SC font");
			text = new PDFTextStripper().getText(document);
			var image = new PDFRenderer(document).renderImageWithDPI(0, 72);
			ImageIO.write(image, "png", OUTPUT.resolve(name + ".png").toFile());
		}
		assertThat(text).doesNotContain("\uFFFD");
		var pdfLines = text.lines().map(String::strip).toList();
		assertThat(pdfLines).contains(title, APPLICANT + "：", TOWN, date);
		assertThat(pdfLines).noneMatch((line) -> line.matches("^[，。、；：？！）》”].*"))
			.noneMatch((line) -> line.matches(".*[（《“]$"));
		// a paragraph wraps at the page edge, so compare the text without line breaks
		var flowing = withoutSpace(text);
		letter.decision().lines().forEach((paragraph) -> assertThat(flowing).contains(withoutSpace(paragraph)));
		assertThat(flowing).contains(withoutSpace(letter.legalBasis()));
	}

	private static List<PDFont> fonts(PDDocument document) throws IOException {
		var resources = document.getPage(0).getResources();
		var fonts = new ArrayList<PDFont>();
		for (var name : resources.getFontNames()) {
			fonts.add(resources.getFont(name));
		}
		return fonts;
	}

	private static String withoutSpace(String text) {
		return text.codePoints()
			.filter((c) -> !Character.isWhitespace(c))
			.mapToObj(Character::toString)
			.collect(Collectors.joining());
	}

	private static String detail(LetterFontMissingException ex, Locale locale) {
		var messages = new ResourceBundleMessageSource();
		messages.setBasename("messages/requests");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages.getMessage(ex.getDetailMessageCode(), ex.getDetailMessageArguments(), locale);
	}

	private static ReplyLetter letter(Outcome outcome, String description, String decision, String legalBasis,
			String trackingCode) {
		return new ReplyLetter(TOWN, trackingCode, LocalDate.of(2026, 11, 27), APPLICANT, description, outcome,
				decision, legalBasis, DECIDED_ON, "联系人：王芳，联系电话：0994-2345678", null);
	}

}
