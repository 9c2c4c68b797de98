package vn.lienket.workbook.read;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import vn.lienket.workbook.WorkbookLimits;

/**
 * Streams .xlsx sheets, one row in memory at a time whatever the sheet size. {@link XlsxPackage}
 * follows the package's relationships and inflates each part under the zip-bomb limits (so a zip
 * whose directory lies about sizes is still stopped); the workbook part is read for its sheets
 * ({@link WorkbookXml}) and {@link WorksheetReader} parses a sheet's XML straight into
 * {@link CellValue}s. Relationships are followed by id, whatever their type's namespace, so strict
 * OOXML files (Excel's "Strict Open XML Spreadsheet") read like the usual ones.
 */
final class XlsxSource implements WorkbookSource {

    private static final String SHARED_STRINGS = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml";
    private static final String STYLES = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";
    private static final String VBA_PROJECT = "application/vnd.ms-office.vbaProject";
    /** The workbook part's content types of .xlsm, .xltm and .xlam (lower case). */
    private static final List<String> MACRO_CONTENT_TYPES = List.of("application/vnd.ms-excel.sheet.macroenabled.main+xml",
            "application/vnd.ms-excel.template.macroenabled.main+xml", "application/vnd.ms-excel.addin.macroenabled.main+xml");

    private final XlsxPackage pkg;
    /** Each sheet's part, by sheet name in workbook order. */
    private final Map<String, String> sheets = new LinkedHashMap<>();
    private final boolean date1904;
    private final WorksheetReader worksheetReader;
    private final boolean macros;

    /**
     * Reads what every sheet needs from an open package, which it closes when it is closed (or at once,
     * throwing {@link UnreadableWorkbookException}, if it cannot read it or it is beyond {@code limits}).
     */
    XlsxSource(XlsxPackage pkg, WorkbookLimits limits, boolean withFormats) {
        this.pkg = pkg;
        try {
            pkg.requireContentTypes();
            String workbook = pkg.mainPart();
            WorkbookXml parsed;
            try (InputStream in = pkg.open(workbook)) {
                parsed = WorkbookXml.read(in);
            }
            Map<String, String> related = pkg.relationships(workbook);
            for (Map.Entry<String, String> sheet : parsed.sheetRelationships().entrySet()) {
                String part = related.get(sheet.getValue());
                if (part == null || !pkg.has(part)) {
                    throw new IOException("sheet " + sheet.getKey() + " points to no part (" + sheet.getValue() + ")");
                }
                sheets.put(sheet.getKey(), part);
            }
            this.date1904 = parsed.date1904();
            List<String> sharedStrings = readSharedStrings(limits);
            this.worksheetReader = new WorksheetReader(sharedStrings, withFormats ? numberFormats() : null, date1904,
                    limits.maxCellChars());
            this.macros = MACRO_CONTENT_TYPES.contains(pkg.contentType(workbook).orElse("").toLowerCase(Locale.ROOT))
                    || !pkg.partsOfType(VBA_PROJECT).isEmpty();
        } catch (IOException | XMLStreamException | RuntimeException e) {
            closeQuietly(pkg);
            throw e instanceof UnreadableWorkbookException unreadable ? unreadable : corrupt("damaged .xlsx: " + e.getMessage(), e);
        }
    }

    @Override
    public WorkbookFormat format() {
        return WorkbookFormat.XLSX;
    }

    @Override
    public List<String> sheetNames() {
        return List.copyOf(sheets.keySet());
    }

    @Override
    public boolean date1904() {
        return date1904;
    }

    @Override
    public boolean hasMacros() {
        return macros;
    }

    @Override
    public void forEachRow(String sheetName, Consumer<SourceRow> rows) {
        String part = sheets.get(sheetName);
        if (part == null) {
            throw new IllegalArgumentException("no sheet " + sheetName);
        }
        try (InputStream in = pkg.open(part)) {
            worksheetReader.read(in, rows);
        } catch (IOException | XMLStreamException e) {
            throw corrupt("sheet " + sheetName + ": " + e.getMessage(), e);
        }
    }

    private static UnreadableWorkbookException corrupt(String message, Exception e) {
        return new UnreadableWorkbookException(UnreadableReason.CORRUPT, message, e);
    }

    private static UnreadableWorkbookException tooLarge(String detail) {
        return new UnreadableWorkbookException(UnreadableReason.TOO_LARGE, detail, null);
    }

    /**
     * The shared strings in index order (a workbook written with inline strings has none). They stay
     * in memory for the whole check, so their number, their total length and each one's length are
     * bounded while reading, before a crafted table can fill the heap.
     */
    private List<String> readSharedStrings(WorkbookLimits limits) throws IOException, XMLStreamException {
        List<String> parts = pkg.partsOfType(SHARED_STRINGS);
        List<String> strings = new ArrayList<>();
        if (parts.isEmpty()) {
            return strings;
        }
        long characters = 0;
        try (InputStream in = pkg.open(parts.get(0))) {
            XMLStreamReader xml = SpreadsheetXml.open(in, limits.maxCellChars());
            try {
                while (xml.hasNext()) {
                    if (xml.next() == XMLStreamConstants.START_ELEMENT && "si".equals(xml.getLocalName())) {
                        String text = SpreadsheetXml.richText(xml, limits.maxCellChars());
                        characters += text.length();
                        if (strings.size() == limits.maxSharedStrings() || characters > limits.maxSharedStringChars()) {
                            throw tooLarge(String.format("more than %,d shared strings or %,d characters in them",
                                    limits.maxSharedStrings(), limits.maxSharedStringChars()));
                        }
                        strings.add(text);
                    }
                }
            } finally {
                xml.close();
            }
        }
        return strings;
    }

    /** Each cell style's number format ("dd/mm/yyyy", "#,##0.00", "General"), by style index. */
    private List<String> numberFormats() throws IOException, XMLStreamException {
        List<String> parts = pkg.partsOfType(STYLES);
        if (parts.isEmpty()) {
            return List.of();
        }
        try (InputStream in = pkg.open(parts.get(0))) {
            return CellStyleFormats.read(in);
        }
    }

    @Override
    public void close() {
        WorkbookSources.close(pkg);
    }

    private static void closeQuietly(XlsxPackage pkg) {
        try {
            pkg.close();
        } catch (IOException ignored) {
            // the file is already being reported as unreadable; a failed close adds nothing
        }
    }
}
