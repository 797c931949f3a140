package org.gongkai.disclosure.internal;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

/**
 * A column of a catalogue sheet, with the labels township CMSs and spreadsheets use for
 * it (domain reference §5.4). The writer uses the first label; the reader accepts any.
 */
enum CatalogueSheetColumn {

	INDEX_NUMBER(26, false, "索引号"),

	TITLE(60, true, "信息名称", "标题", "名称"),

	PUBLISHER(28, true, "发布机构", "发文机关", "发布单位"),

	DOCUMENT_NUMBER(22, false, "发文字号", "文号", "发布文号"),

	FORMED_ON(12, true, "成文日期", "发文日期", "生成日期"),

	PUBLISHED_ON(12, false, "发布日期", "公开日期"),

	CATEGORY(20, true, "目录分类", "信息分类", "公开目录", "分类", "组配分类"),

	CHANNELS(24, false, "公开方式"),

	AUDIENCE(14, false, "公开范围"),

	VALIDITY(10, false, "有效性", "时效"),

	KEYWORDS(20, false, "关键词"),

	SUMMARY(40, false, "内容概述"),

	BODY(60, false, "正文"),

	/** Written for the reader of the export; a re-import ignores it. */
	STATE(8, false, "状态"),

	/** Written for the reader of the export; a re-import ignores it. */
	PUBLICATION_DUE(12, false, "发布期限"),

	/** Written for the reader of the export; a re-import ignores it. */
	LATE(10, false, "是否逾期");

	/**
	 * Decorations people put around a header: a required-field star, a trailing colon, a
	 * hint in brackets such as {@code 公开方式(可多选)}, and spaces used to spread short labels
	 * ({@code 正　　文}).
	 */
	private static final Pattern DECORATION = Pattern.compile("\\s+|\\*|:$|\\(.*?\\)|\\[.*?\\]|【.*?】");

	private static final Map<String, CatalogueSheetColumn> BY_LABEL = new HashMap<>();

	static {
		for (CatalogueSheetColumn column : values()) {
			for (String label : column.labels) {
				BY_LABEL.put(label, column);
			}
		}
	}

	/**
	 * Excel column width, in widths of the digit 0; a Chinese character takes about two.
	 */
	final int width;

	final boolean required;

	private final List<String> labels;

	CatalogueSheetColumn(int width, boolean required, String... labels) {
		this.width = width;
		this.required = required;
		this.labels = List.of(labels);
	}

	String label() {
		return this.labels.get(0);
	}

	/** Whether an import reads it; the others only inform the reader of an export. */
	boolean imported() {
		return this != STATE && this != PUBLICATION_DUE && this != LATE;
	}

	static Stream<CatalogueSheetColumn> required() {
		return Stream.of(values()).filter((column) -> column.required);
	}

	/** The column a header names, however it is written, or null for a column we skip. */
	static @Nullable CatalogueSheetColumn forHeader(String header) {
		return BY_LABEL.get(DECORATION.matcher(normalized(header)).replaceAll(""));
	}

	/**
	 * Full-width letters, digits and punctuation as their half-width forms, so that
	 * {@code ２０１６／３／５} and {@code 公开方式（可多选）} read like what was meant.
	 */
	static String normalized(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
	}

}
