package vn.lienket.workbook.read;

import java.io.InputStream;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;

import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.codehaus.stax2.XMLStreamReader2;
import org.codehaus.stax2.typed.TypedValueDecoder;

/**
 * Parses one worksheet part ({@code <sheetData><row><c>…}) into rows of {@link CellValue}s, straight
 * from the StAX events: no cell, address or decimal objects in between, which is what made the
 * million-row sheet read in about 70 % of the time fastexcel-reader took (docs/benchmarks.md).
 *
 * <p>A cell's type attribute {@code t} says how to read its value {@code <v>}: a number (no type, or
 * {@code n}), an index into the shared strings ({@code s}), a formula's text result ({@code str}), a
 * boolean ({@code b}), an error code ({@code e}) or an ISO date ({@code d}, turned into the serial
 * number Excel itself would store); inline text sits in {@code <is>}. Text is decoded as Excel shows
 * it ({@code _xHHHH_} escapes) and no cell may exceed the limit of characters. Formulas ({@code <f>}) are
 * skipped: their cached value is the cell's value. Cells and rows without a reference follow the
 * previous one, as the format allows.
 */
final class WorksheetReader {

    private static final int LETTERS = 26;
    private static final int MAX_COLUMNS = 16_384;

    private final List<String> sharedStrings;
    /** By cell style index; null when the caller does not need formats. */
    private final List<String> numberFormats;
    private final boolean date1904;
    private final int maxCellChars;

    private CellValue[] cells = new CellValue[32];
    private final CellTypes cellTypes = new CellTypes();
    private final ColumnLetters columns = new ColumnLetters();

    WorksheetReader(List<String> sharedStrings, List<String> numberFormats, boolean date1904, int maxCellChars) {
        this.sharedStrings = sharedStrings;
        this.numberFormats = numberFormats;
        this.date1904 = date1904;
        this.maxCellChars = maxCellChars;
    }

    void read(InputStream in, Consumer<SourceRow> rows) throws XMLStreamException {
        XMLStreamReader2 xml = SpreadsheetXml.open(in, maxCellChars);
        try {
            int previousRow = 0;
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && "row".equals(xml.getLocalName())) {
                    String reference = xml.getAttributeValue(null, "r");
                    int number = reference == null ? previousRow + 1 : parseIndex(reference, "row");
                    rows.accept(readRow(xml, number));
                    previousRow = number;
                }
            }
        } finally {
            xml.close();
        }
    }

    /** From just after {@code <row>} to its end tag. */
    private SourceRow readRow(XMLStreamReader2 xml, int number) throws XMLStreamException {
        int column = -1;
        int width = 0;
        while (true) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                if ("c".equals(xml.getLocalName())) {
                    int reference = xml.getAttributeIndex(null, "r");
                    column = reference < 0 ? column + 1 : column(xml, reference);
                    CellValue value = readCell(xml, number, column);
                    if (value != null) {
                        if (column >= cells.length) {
                            cells = Arrays.copyOf(cells, Math.max(column + 1, cells.length * 2));
                        }
                        cells[column] = value;
                        width = Math.max(width, column + 1);
                    }
                } else {
                    SpreadsheetXml.skipElement(xml);
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                CellValue[] row = Arrays.copyOf(cells, width);
                Arrays.fill(cells, 0, width, null);
                return new SourceRow(number, row);
            }
        }
    }

    /** From just after {@code <c>} to its end tag; null for a cell without a value. */
    private CellValue readCell(XMLStreamReader2 xml, int row, int column) throws XMLStreamException {
        int type = cellType(xml, row, column);
        String style = numberFormats == null ? null : xml.getAttributeValue(null, "s");
        CellValue value = null;
        while (true) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = xml.getLocalName();
                if ("v".equals(name)) {
                    value = value(type, SpreadsheetXml.elementText(xml, maxCellChars), style, row, column);
                } else if ("is".equals(name)) {
                    value = CellValue.text(SpreadsheetXml.richText(xml, maxCellChars));
                } else {
                    SpreadsheetXml.skipElement(xml);
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                return value;
            }
        }
    }

    private CellValue value(int type, String raw, String style, int row, int column) throws XMLStreamException {
        return switch (type) {
            case CellTypes.NUMBER -> raw.isEmpty() ? null : number(parseNumber(raw, row, column), style);
            case CellTypes.SHARED_STRING -> CellValue.text(sharedString(raw, row, column));
            case CellTypes.FORMULA_STRING, CellTypes.INLINE_STRING -> CellValue.text(SpreadsheetXml.cellText(raw, maxCellChars));
            case CellTypes.BOOLEAN -> CellValue.bool("1".equals(raw.trim()) || "true".equalsIgnoreCase(raw.trim()));
            case CellTypes.ERROR -> CellValue.error(raw);
            case CellTypes.DATE -> raw.isEmpty() ? null : number(isoDate(raw, row, column), style);
            default -> throw new IllegalStateException("cell type " + type);
        };
    }

    /**
     * The cell's type attribute {@code t}, read from the parser's buffer: two attributes of each of twelve
     * million cells ({@code r} and {@code t}) were two strings each before.
     */
    private int cellType(XMLStreamReader2 xml, int row, int column) throws XMLStreamException {
        int index = xml.getAttributeIndex(null, "t");
        if (index < 0) {
            return CellTypes.NUMBER;
        }
        xml.getAttributeAs(index, cellTypes);
        if (cellTypes.type == CellTypes.UNKNOWN) {
            throw new XMLStreamException("cell " + reference(row, column) + " has an unknown type \""
                    + xml.getAttributeValue(index) + "\"");
        }
        return cellTypes.type;
    }

    /** The 0-based column of the cell reference in attribute {@code index} ("AB12": letters first, then the row). */
    private int column(XMLStreamReader2 xml, int index) throws XMLStreamException {
        try {
            xml.getAttributeAs(index, columns);
            return columns.column;
        } catch (XMLStreamException | IllegalArgumentException e) {
            throw new XMLStreamException("bad cell reference \"" + xml.getAttributeValue(index) + "\"");
        }
    }

    private CellValue number(double number, String style) throws XMLStreamException {
        if (numberFormats == null) {
            return CellValue.number(number);
        }
        int index = style == null ? 0 : parseIndex(style, "style");
        return CellValue.number(number, index < numberFormats.size() ? numberFormats.get(index) : null);
    }

    private static double parseNumber(String raw, int row, int column) throws XMLStreamException {
        try {
            return Double.parseDouble(raw);
        } catch (NumberFormatException e) {
            throw new XMLStreamException("cell " + reference(row, column) + " holds \"" + raw + "\" where a number belongs");
        }
    }

    private String sharedString(String raw, int row, int column) throws XMLStreamException {
        int index = parseIndex(raw.trim(), "shared string");
        if (index >= sharedStrings.size()) {
            throw new XMLStreamException("cell " + reference(row, column) + " points to shared string " + index + " of "
                    + sharedStrings.size());
        }
        return sharedStrings.get(index);
    }

    private double isoDate(String raw, int row, int column) throws XMLStreamException {
        try {
            String text = raw.trim();
            LocalDateTime value = text.length() == 10 ? LocalDateTime.parse(text + "T00:00") : LocalDateTime.parse(text);
            return DateUtil.getExcelDate(value, date1904);
        } catch (DateTimeParseException e) {
            throw new XMLStreamException("cell " + reference(row, column) + " holds \"" + raw + "\" where a date belongs");
        }
    }

    /** "AB12" for messages: the cell's place as Excel names it. */
    private static String reference(int row, int column) {
        return CellReference.convertNumToColString(column) + row;
    }

    /** A non-negative decimal without sign or spaces, as row numbers, style and string indexes are. */
    private static int parseIndex(String digits, String what) throws XMLStreamException {
        int value = 0;
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            if (c < '0' || c > '9' || value > (Integer.MAX_VALUE - 9) / 10) {
                throw new XMLStreamException("bad " + what + " number \"" + digits + "\"");
            }
            value = value * 10 + (c - '0');
        }
        if (digits.isEmpty()) {
            throw new XMLStreamException("empty " + what + " number");
        }
        return value;
    }


    /** Decodes a cell's type attribute where the parser holds it, without making a string of it. */
    private static final class CellTypes extends TypedValueDecoder {

        static final int UNKNOWN = 0;
        static final int NUMBER = 1;
        static final int SHARED_STRING = 2;
        static final int FORMULA_STRING = 3;
        static final int INLINE_STRING = 4;
        static final int BOOLEAN = 5;
        static final int ERROR = 6;
        static final int DATE = 7;

        int type;

        @Override
        public void decode(String value) {
            decode(value.toCharArray(), 0, value.length());
        }

        @Override
        public void decode(char[] buffer, int start, int end) {
            int length = end - start;
            char first = length == 0 ? 0 : buffer[start];
            type = length == 1 ? switch (first) {
                case 'n' -> NUMBER;
                case 's' -> SHARED_STRING;
                case 'b' -> BOOLEAN;
                case 'e' -> ERROR;
                case 'd' -> DATE;
                default -> UNKNOWN;
            } : is("str", buffer, start, end) ? FORMULA_STRING
                    : is("inlineStr", buffer, start, end) ? INLINE_STRING
                    : UNKNOWN;
        }

        @Override
        public void handleEmptyValue() {
            type = UNKNOWN;
        }

        private static boolean is(String expected, char[] buffer, int start, int end) {
            if (end - start != expected.length()) {
                return false;
            }
            for (int i = 0; i < expected.length(); i++) {
                if (buffer[start + i] != expected.charAt(i)) {
                    return false;
                }
            }
            return true;
        }
    }

    /** Decodes the column of a cell reference ("AB12", letters first) where the parser holds it. */
    private static final class ColumnLetters extends TypedValueDecoder {

        int column;

        @Override
        public void decode(String value) {
            decode(value.toCharArray(), 0, value.length());
        }

        @Override
        public void decode(char[] buffer, int start, int end) {
            int letters = 0;
            int i = start;
            for (; i < end; i++) {
                char c = buffer[i];
                if (c >= 'A' && c <= 'Z') {
                    letters = letters * LETTERS + (c - 'A' + 1);
                } else if (c >= 'a' && c <= 'z') {
                    letters = letters * LETTERS + (c - 'a' + 1);
                } else {
                    break;
                }
                if (letters > MAX_COLUMNS) {
                    throw new IllegalArgumentException("beyond the last column");
                }
            }
            if (i == start) {
                throw new IllegalArgumentException("no column letters");
            }
            column = letters - 1;
        }

        @Override
        public void handleEmptyValue() {
            throw new IllegalArgumentException("empty cell reference");
        }
    }
}
