package vn.lienket.workbook.read;

import java.io.InputStream;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.ss.usermodel.DateUtil;

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

    private final List<String> sharedStrings;
    /** By cell style index; null when the caller does not need formats. */
    private final List<String> numberFormats;
    private final boolean date1904;
    private final int maxCellChars;

    private CellValue[] cells = new CellValue[32];

    WorksheetReader(List<String> sharedStrings, List<String> numberFormats, boolean date1904, int maxCellChars) {
        this.sharedStrings = sharedStrings;
        this.numberFormats = numberFormats;
        this.date1904 = date1904;
        this.maxCellChars = maxCellChars;
    }

    void read(InputStream in, Consumer<SourceRow> rows) throws XMLStreamException {
        XMLStreamReader xml = SpreadsheetXml.open(in, maxCellChars);
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
    private SourceRow readRow(XMLStreamReader xml, int number) throws XMLStreamException {
        int column = -1;
        int width = 0;
        while (true) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                if ("c".equals(xml.getLocalName())) {
                    String reference = xml.getAttributeValue(null, "r");
                    column = reference == null ? column + 1 : columnOf(reference);
                    CellValue value = readCell(xml, reference);
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
    private CellValue readCell(XMLStreamReader xml, String reference) throws XMLStreamException {
        String type = xml.getAttributeValue(null, "t");
        String style = numberFormats == null ? null : xml.getAttributeValue(null, "s");
        CellValue value = null;
        while (true) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = xml.getLocalName();
                if ("v".equals(name)) {
                    value = value(type, SpreadsheetXml.elementText(xml, maxCellChars), style, reference);
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

    private CellValue value(String type, String raw, String style, String reference) throws XMLStreamException {
        if (type == null || "n".equals(type)) {
            return raw.isEmpty() ? null : number(parseNumber(raw, reference), style);
        }
        return switch (type) {
            case "s" -> CellValue.text(sharedString(raw, reference));
            case "str", "inlineStr" -> CellValue.text(SpreadsheetXml.cellText(raw, maxCellChars));
            case "b" -> CellValue.bool("1".equals(raw.trim()) || "true".equalsIgnoreCase(raw.trim()));
            case "e" -> CellValue.error(raw);
            case "d" -> raw.isEmpty() ? null : number(isoDate(raw, reference), style);
            default -> throw new XMLStreamException("cell " + reference + " has an unknown type \"" + type + "\"");
        };
    }

    private CellValue number(double number, String style) throws XMLStreamException {
        if (numberFormats == null) {
            return CellValue.number(number);
        }
        int index = style == null ? 0 : parseIndex(style, "style");
        return CellValue.number(number, index < numberFormats.size() ? numberFormats.get(index) : null);
    }

    private static double parseNumber(String raw, String reference) throws XMLStreamException {
        try {
            return Double.parseDouble(raw);
        } catch (NumberFormatException e) {
            throw new XMLStreamException("cell " + reference + " holds \"" + raw + "\" where a number belongs");
        }
    }

    private String sharedString(String raw, String reference) throws XMLStreamException {
        int index = parseIndex(raw.trim(), "shared string");
        if (index >= sharedStrings.size()) {
            throw new XMLStreamException("cell " + reference + " points to shared string " + index + " of "
                    + sharedStrings.size());
        }
        return sharedStrings.get(index);
    }

    private double isoDate(String raw, String reference) throws XMLStreamException {
        try {
            String text = raw.trim();
            LocalDateTime value = text.length() == 10 ? LocalDateTime.parse(text + "T00:00") : LocalDateTime.parse(text);
            return DateUtil.getExcelDate(value, date1904);
        } catch (DateTimeParseException e) {
            throw new XMLStreamException("cell " + reference + " holds \"" + raw + "\" where a date belongs");
        }
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

    /** The 0-based column of a cell reference such as "AB12" (letters first, then the row). */
    private static int columnOf(String reference) throws XMLStreamException {
        int column = 0;
        int i = 0;
        for (; i < reference.length(); i++) {
            char c = reference.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                column = column * LETTERS + (c - 'A' + 1);
            } else if (c >= 'a' && c <= 'z') {
                column = column * LETTERS + (c - 'a' + 1);
            } else {
                break;
            }
        }
        if (i == 0 || column > 16_384) {
            throw new XMLStreamException("bad cell reference \"" + reference + "\"");
        }
        return column - 1;
    }
}
