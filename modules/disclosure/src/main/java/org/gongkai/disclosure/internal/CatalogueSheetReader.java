package org.gongkai.disclosure.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.gongkai.disclosure.api.Channel;
import org.gongkai.disclosure.api.Validity;
import org.jspecify.annotations.Nullable;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

import static org.gongkai.disclosure.internal.CatalogueSheetColumn.CATEGORY;
import static org.gongkai.disclosure.internal.CatalogueSheetColumn.CHANNELS;
import static org.gongkai.disclosure.internal.CatalogueSheetColumn.FORMED_ON;
import static org.gongkai.disclosure.internal.CatalogueSheetColumn.PUBLISHED_ON;
import static org.gongkai.disclosure.internal.CatalogueSheetColumn.PUBLISHER;
import static org.gongkai.disclosure.internal.CatalogueSheetColumn.TITLE;
import static org.gongkai.disclosure.internal.CatalogueSheetColumn.VALIDITY;

/**
 * Reads a legacy catalogue (公开目录) that a town kept in Excel or exported from its old
 * site, so that it can be checked row by row before anything is imported. The format is
 * told by the content, not the name: files get renamed, and Excel in China saves "CSV" in
 * GBK.
 */
final class CatalogueSheetReader {

	static final int MAX_ROWS = 10_000;

	static final String REQUIRED = "disclosure.sheet.row.required";

	static final String BAD_DATE = "disclosure.sheet.row.date";

	static final String BAD_CHANNEL = "disclosure.sheet.row.channel";

	static final String BAD_VALIDITY = "disclosure.sheet.row.validity";

	/** Title rows above the header, such as the name of the catalogue, that we skip. */
	private static final int HEADER_SEARCH_ROWS = 5;

	private static final byte[] ZIP = { 'P', 'K' };

	/** Excel 97–2003 (.xls), which many towns still have. */
	private static final byte[] OLE2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0 };

	/** Excel's "Unicode text": tab-separated UTF-16, not CSV. */
	private static final byte[] UTF16_LE = { (byte) 0xFF, (byte) 0xFE };

	private static final byte[] UTF16_BE = { (byte) 0xFE, (byte) 0xFF };

	private static final Charset GB18030 = Charset.forName("GB18030");

	/** Exports from databases add a time to dates; the time of day means nothing here. */
	private static final Pattern TIME = Pattern.compile("(\\s+|T)\\d{1,2}:\\d{2}(:\\d{2}(\\.\\d+)?)?$");

	private static final Pattern SEPARATED_DATE = Pattern.compile("(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})");

	private static final Pattern CHINESE_DATE = Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})日?");

	private static final Pattern COMPACT_DATE = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");

	/** How documents write their own date (二〇一六年三月五日), and catalogues copy it. */
	private static final Pattern NUMERAL_DATE = Pattern
		.compile("([〇○零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日");

	private static final String NUMERALS = "〇一二三四五六七八九";

	/**
	 * One row of a legacy catalogue, as written and as understood. Text is as written,
	 * trimmed, and empty when blank; a value that could not be understood is null or
	 * missing from {@code channels}, with an error saying why.
	 *
	 * @param rowNumber 1-based, as Excel numbers the rows, so people find the row
	 * @param categoryName as written: the catalogue tree may have been renamed since
	 */
	record LegacyRow(int rowNumber, @Nullable String indexNumber, String title, String publisher,
			@Nullable String documentNumber, @Nullable LocalDate formedOn, @Nullable LocalDate publishedOn,
			String categoryName, Set<Channel> channels, String audience, @Nullable Validity validity, String keywords,
			String summary, String body, List<FieldError> errors) {

		boolean valid() {
			return this.errors.isEmpty();
		}

		/**
		 * @param field the {@link LegacyRow} component at fault
		 * @param arguments the row number, the column's header as written in the file,
		 * and the value that was not understood, if there was one
		 */
		record FieldError(String field, String messageCode, List<Object> arguments) {
		}

	}

	/**
	 * @param fileName as uploaded, for messages only
	 * @return the rows below the header, blank rows left out
	 * @throws CatalogueSheetException when the file is not a readable catalogue, lacks a
	 * required column or has more than {@value #MAX_ROWS} rows
	 */
	List<LegacyRow> read(String fileName, InputStream in) {
		try {
			var buffered = new BufferedInputStream(in);
			buffered.mark(ZIP.length + OLE2.length);
			byte[] head = buffered.readNBytes(OLE2.length);
			buffered.reset();
			if (startsWith(head, ZIP)) {
				return readXlsx(fileName, buffered);
			}
			if (startsWith(head, OLE2) || startsWith(head, UTF16_LE) || startsWith(head, UTF16_BE)) {
				throw CatalogueSheetException.unsupported(fileName);
			}
			return readCsv(fileName, buffered.readAllBytes());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private List<LegacyRow> readCsv(String fileName, byte[] bytes) {
		if (binary(bytes)) {
			throw CatalogueSheetException.unsupported(fileName);
		}
		String text = decoded(bytes);
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		// Empty lines stay records so that record numbers are the row numbers Excel
		// shows.
		var format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter(text)).setIgnoreEmptyLines(false).get();
		var rows = new Rows(fileName);
		try (var parser = CSVParser.parse(text, format)) {
			for (CSVRecord record : parser) {
				rows.accept(Math.toIntExact(record.getRecordNumber()), record.toList());
			}
		}
		catch (IOException | UncheckedIOException ex) {
			throw CatalogueSheetException.unreadable(fileName, ex);
		}
		return rows.result();
	}

	private static boolean binary(byte[] bytes) {
		for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
			if (bytes[i] == 0) {
				return true;
			}
		}
		return false;
	}

	private static String decoded(byte[] bytes) {
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
		}
		catch (CharacterCodingException ex) {
			// GBK, what Excel in China calls ANSI, is a subset of GB18030
			return new String(bytes, GB18030);
		}
	}

	/** Excel saves "Text (tab delimited)" too, and people call that CSV as well. */
	private static char delimiter(String text) {
		int end = text.indexOf('\n');
		String firstLine = (end < 0) ? text : text.substring(0, end);
		long tabs = firstLine.chars().filter((c) -> c == '\t').count();
		long commas = firstLine.chars().filter((c) -> c == ',').count();
		return (tabs > commas) ? '\t' : ',';
	}

	private List<LegacyRow> readXlsx(String fileName, InputStream in) throws IOException {
		// Opened from a stream, POI unpacks every part into memory and refuses parts over
		// 100 MB (a sheet of some 30,000 rows); opened from a file, it streams them.
		Path copy = Files.createTempFile("catalogue-", ".xlsx");
		try {
			Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
			return readXlsx(fileName, copy);
		}
		finally {
			Files.deleteIfExists(copy);
		}
	}

	private List<LegacyRow> readXlsx(String fileName, Path file) {
		var rows = new Rows(fileName);
		OPCPackage workbook;
		try {
			workbook = OPCPackage.open(file.toFile(), PackageAccess.READ);
		}
		catch (OpenXML4JException | RuntimeException ex) {
			throw CatalogueSheetException.unreadable(fileName, ex);
		}
		try {
			var reader = new XSSFReader(workbook);
			var sheets = reader.getSheetsData();
			if (!sheets.hasNext()) {
				throw CatalogueSheetException.empty(fileName);
			}
			try (InputStream sheet = sheets.next()) {
				XMLReader parser = XMLHelper.newXMLReader();
				parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(),
						new ReadOnlySharedStringsTable(workbook), new SheetRows(rows), new IsoDates(), false));
				parser.parse(new InputSource(sheet));
			}
		}
		catch (CatalogueSheetException ex) {
			throw ex;
		}
		// damaged or foreign files fail deep inside POI, with all kinds of exceptions
		catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException ex) {
			throw CatalogueSheetException.unreadable(fileName, ex);
		}
		finally {
			// close() warns that it is meant to save, which a read-only package cannot
			workbook.revert();
		}
		return rows.result();
	}

	private static boolean startsWith(byte[] bytes, byte[] prefix) {
		if (bytes.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if (bytes[i] != prefix[i]) {
				return false;
			}
		}
		return true;
	}

	/** The date however a town wrote it, or null when it is no date we know. */
	static @Nullable LocalDate date(String text) {
		String value = TIME.matcher(CatalogueSheetColumn.normalized(text)).replaceFirst("").replaceAll("\\s+", "");
		try {
			Matcher matcher = SEPARATED_DATE.matcher(value);
			if (matcher.matches()) {
				return date(matcher.group(1), matcher.group(3), matcher.group(4));
			}
			matcher = CHINESE_DATE.matcher(value);
			if (matcher.matches()) {
				return date(matcher.group(1), matcher.group(2), matcher.group(3));
			}
			matcher = COMPACT_DATE.matcher(value);
			if (matcher.matches()) {
				return date(matcher.group(1), matcher.group(2), matcher.group(3));
			}
			matcher = NUMERAL_DATE.matcher(value);
			if (matcher.matches()) {
				return LocalDate.of(numeral(matcher.group(1)), numeral(matcher.group(2)), numeral(matcher.group(3)));
			}
			return null;
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

	private static LocalDate date(String year, String month, String day) {
		return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
	}

	/** 二〇一六 digit by digit; 十二 and 三十一 with their tens. */
	private static int numeral(String text) {
		int ten = text.indexOf('十');
		if (ten < 0) {
			int number = 0;
			for (char c : text.toCharArray()) {
				number = number * 10 + digit(c);
			}
			return number;
		}
		if (ten > 1 || text.indexOf('十', ten + 1) >= 0) {
			throw new DateTimeException(text);
		}
		int tens = (ten == 0) ? 1 : digit(text.charAt(0));
		int ones = (ten == text.length() - 1) ? 0 : digit(text.charAt(ten + 1));
		return tens * 10 + ones;
	}

	private static int digit(char c) {
		if (c == '○' || c == '零') {
			return 0;
		}
		int digit = NUMERALS.indexOf(c);
		if (digit < 0) {
			throw new DateTimeException(String.valueOf(c));
		}
		return digit;
	}

	/** Finds the header, then turns each row below it into a {@link LegacyRow}. */
	private static final class Rows {

		private final String fileName;

		private final List<LegacyRow> rows = new ArrayList<>();

		private @Nullable Map<CatalogueSheetColumn, Integer> columns;

		/** Headers as written in the file, so that messages name what people see. */
		private final Map<CatalogueSheetColumn, String> headers = new EnumMap<>(CatalogueSheetColumn.class);

		/**
		 * The most header-like row so far, to say what is missing if no header turns up.
		 */
		private Set<CatalogueSheetColumn> bestGuess = Set.of();

		private int rowsAboveHeader;

		private boolean anything;

		Rows(String fileName) {
			this.fileName = fileName;
		}

		void accept(int rowNumber, List<String> cells) {
			if (cells.stream().allMatch(String::isBlank)) {
				return;
			}
			this.anything = true;
			Map<CatalogueSheetColumn, Integer> columns = this.columns;
			if (columns == null) {
				header(cells);
				return;
			}
			if (this.rows.size() == MAX_ROWS) {
				throw CatalogueSheetException.tooManyRows(MAX_ROWS);
			}
			this.rows.add(new Row(rowNumber, cells, columns).parsed());
		}

		List<LegacyRow> result() {
			if (!this.anything) {
				throw CatalogueSheetException.empty(this.fileName);
			}
			if (this.columns == null) {
				throw missing(this.bestGuess);
			}
			return Collections.unmodifiableList(this.rows);
		}

		private void header(List<String> cells) {
			var found = new EnumMap<CatalogueSheetColumn, Integer>(CatalogueSheetColumn.class);
			for (int i = 0; i < cells.size(); i++) {
				CatalogueSheetColumn column = CatalogueSheetColumn.forHeader(cells.get(i));
				if (column != null && !found.containsKey(column)) {
					found.put(column, i);
					this.headers.put(column, cells.get(i).strip());
				}
			}
			// one known word may be a title row's; two make a header
			if (found.size() >= 2) {
				if (!found.keySet().containsAll(CatalogueSheetColumn.required().toList())) {
					throw missing(found.keySet());
				}
				this.columns = found;
				return;
			}
			if (found.size() > this.bestGuess.size()) {
				this.bestGuess = found.keySet();
			}
			this.headers.clear();
			if (++this.rowsAboveHeader == HEADER_SEARCH_ROWS) {
				throw missing(this.bestGuess);
			}
		}

		private static CatalogueSheetException missing(Set<CatalogueSheetColumn> found) {
			return CatalogueSheetException.missingColumns(CatalogueSheetColumn.required()
				.filter((column) -> !found.contains(column))
				.map(CatalogueSheetColumn::label)
				.toList());
		}

		private final class Row {

			private final int number;

			private final List<String> cells;

			private final Map<CatalogueSheetColumn, Integer> columns;

			private final List<LegacyRow.FieldError> errors = new ArrayList<>();

			Row(int number, List<String> cells, Map<CatalogueSheetColumn, Integer> columns) {
				this.number = number;
				this.cells = cells;
				this.columns = columns;
			}

			LegacyRow parsed() {
				String title = required(TITLE, "title");
				String publisher = required(PUBLISHER, "publisher");
				LocalDate formedOn = date(FORMED_ON, "formedOn");
				LocalDate publishedOn = date(PUBLISHED_ON, "publishedOn");
				String categoryName = required(CATEGORY, "categoryName");
				Set<Channel> channels = channels();
				Validity validity = validity();
				return new LegacyRow(this.number, blankToNull(text(CatalogueSheetColumn.INDEX_NUMBER)), title,
						publisher, blankToNull(text(CatalogueSheetColumn.DOCUMENT_NUMBER)), formedOn, publishedOn,
						categoryName, channels, text(CatalogueSheetColumn.AUDIENCE), validity,
						text(CatalogueSheetColumn.KEYWORDS), text(CatalogueSheetColumn.SUMMARY),
						text(CatalogueSheetColumn.BODY), List.copyOf(this.errors));
			}

			private String text(CatalogueSheetColumn column) {
				Integer index = this.columns.get(column);
				return (index == null || index >= this.cells.size()) ? "" : this.cells.get(index).strip();
			}

			private String required(CatalogueSheetColumn column, String field) {
				String text = text(column);
				if (text.isEmpty()) {
					error(field, REQUIRED, column);
				}
				return text;
			}

			private @Nullable LocalDate date(CatalogueSheetColumn column, String field) {
				String text = column.required ? required(column, field) : text(column);
				if (text.isEmpty()) {
					return null;
				}
				LocalDate date = CatalogueSheetReader.date(text);
				if (date == null) {
					error(field, BAD_DATE, column, text);
				}
				return date;
			}

			private Set<Channel> channels() {
				var channels = EnumSet.noneOf(Channel.class);
				var unknown = new ArrayList<String>();
				String text = CatalogueSheetColumn.normalized(text(CHANNELS));
				for (String word : text.split(CatalogueSheetLabels.CHANNEL_SEPARATORS)) {
					if (word.isEmpty() || CatalogueSheetLabels.notAChannel(word)) {
						continue;
					}
					Channel channel = CatalogueSheetLabels.channel(word);
					if (channel == null) {
						unknown.add(word);
					}
					else {
						channels.add(channel);
					}
				}
				if (!unknown.isEmpty()) {
					error("channels", BAD_CHANNEL, CHANNELS,
							String.join(CatalogueSheetLabels.CHANNEL_SEPARATOR, unknown));
				}
				return Collections.unmodifiableSet(channels);
			}

			private @Nullable Validity validity() {
				String text = text(VALIDITY);
				if (text.isEmpty()) {
					return null;
				}
				Validity validity = CatalogueSheetLabels.validity(CatalogueSheetColumn.normalized(text));
				if (validity == null) {
					error("validity", BAD_VALIDITY, VALIDITY, text);
				}
				return validity;
			}

			private void error(String field, String messageCode, CatalogueSheetColumn column, String... value) {
				var arguments = new ArrayList<Object>(List.of(this.number, Rows.this.headers.get(column)));
				arguments.addAll(List.of(value));
				this.errors.add(new LegacyRow.FieldError(field, messageCode, List.copyOf(arguments)));
			}

			private static @Nullable String blankToNull(String text) {
				return text.isEmpty() ? null : text;
			}

		}

	}

	/** Feeds the cells of a streamed sheet, gaps filled, to {@link Rows} row by row. */
	private static final class SheetRows implements XSSFSheetXMLHandler.SheetContentsHandler {

		private final Rows rows;

		private final List<String> cells = new ArrayList<>();

		SheetRows(Rows rows) {
			this.rows = rows;
		}

		@Override
		public void startRow(int rowNum) {
			this.cells.clear();
		}

		@Override
		public void endRow(int rowNum) {
			this.rows.accept(rowNum + 1, this.cells);
		}

		@Override
		public void cell(@Nullable String cellReference, @Nullable String formattedValue,
				@Nullable XSSFComment comment) {
			int column = (cellReference != null) ? new CellReference(cellReference).getCol() : this.cells.size();
			while (this.cells.size() < column) {
				this.cells.add("");
			}
			String value = (formattedValue != null) ? formattedValue : "";
			if (column < this.cells.size()) {
				this.cells.set(column, value);
			}
			else {
				this.cells.add(value);
			}
		}

	}

	/**
	 * Date cells as ISO dates whatever their display format, which may be {@code m/d/yy}
	 * or a Chinese one; other cells as Excel shows them.
	 */
	private static final class IsoDates extends DataFormatter {

		IsoDates() {
			super(Locale.ROOT);
		}

		@Override
		public String formatRawCellContents(double value, int formatIndex, String formatString,
				boolean use1904Windowing) {
			if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
				return DateUtil.getLocalDateTime(value, use1904Windowing).toLocalDate().toString();
			}
			return super.formatRawCellContents(value, formatIndex, formatString, use1904Windowing);
		}

	}

}
