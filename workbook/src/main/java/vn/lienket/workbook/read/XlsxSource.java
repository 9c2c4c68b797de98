package vn.lienket.workbook.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import vn.lienket.workbook.WorkbookLimits;

/**
 * Streams .xlsx sheets, one row in memory at a time whatever the sheet size. POI's package API opens
 * the zip and follows its relationships (and guards every inflated part with ZipSecureFile's limits,
 * so a zip whose directory lies about sizes is still stopped); the workbook part is read for its
 * sheets ({@link WorkbookXml}) and {@link WorksheetReader} parses a sheet's XML straight into
 * {@link CellValue}s. Relationships are followed by id, whatever their type's namespace, so strict
 * OOXML files (Excel's "Strict Open XML Spreadsheet") read like the usual ones.
 */
final class XlsxSource implements WorkbookSource {

    private static final String VBA_PROJECT = "application/vnd.ms-office.vbaProject";
    private static final List<String> MACRO_CONTENT_TYPES = List.of(
            XSSFRelation.MACROS_WORKBOOK.getContentType(), XSSFRelation.MACRO_TEMPLATE_WORKBOOK.getContentType(),
            XSSFRelation.MACRO_ADDIN_WORKBOOK.getContentType());

    private final OPCPackage pkg;
    private final Map<String, PackagePart> sheets = new LinkedHashMap<>();
    private final boolean date1904;
    private final WorksheetReader worksheetReader;
    private final boolean macros;

    /** Throws {@link UnreadableWorkbookException} for a package it cannot read, or one beyond {@code limits}. */
    XlsxSource(Path file, WorkbookLimits limits, boolean withFormats) {
        this.pkg = openPackage(file);
        try {
            PackagePart workbook = workbookPart();
            WorkbookXml parsed;
            try (InputStream in = workbook.getInputStream()) {
                parsed = WorkbookXml.read(in);
            }
            for (Map.Entry<String, String> sheet : parsed.sheetRelationships().entrySet()) {
                PackageRelationship relationship = workbook.getRelationship(sheet.getValue());
                if (relationship == null) {
                    throw new IOException("sheet " + sheet.getKey() + " points to no part (" + sheet.getValue() + ")");
                }
                sheets.put(sheet.getKey(), workbook.getRelatedPart(relationship));
            }
            this.date1904 = parsed.date1904();
            List<String> sharedStrings = readSharedStrings(limits);
            this.worksheetReader = new WorksheetReader(sharedStrings, withFormats ? numberFormats() : null, date1904,
                    limits.maxCellChars());
            this.macros = MACRO_CONTENT_TYPES.contains(workbook.getContentType())
                    || !pkg.getPartsByContentType(VBA_PROJECT).isEmpty();
        } catch (IOException | OpenXML4JException | XMLStreamException | RuntimeException e) {
            pkg.revert();
            throw e instanceof UnreadableWorkbookException unreadable ? unreadable : unreadable("damaged .xlsx: " + e.getMessage(), e);
        }
    }

    /** The workbook part, named by the package's relationship of the transitional or the strict flavour. */
    private PackagePart workbookPart() throws InvalidFormatException, IOException {
        PackageRelationshipCollection relationships = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
        if (relationships.isEmpty()) {
            relationships = pkg.getRelationshipsByType(PackageRelationshipTypes.STRICT_CORE_DOCUMENT);
        }
        PackagePart part = relationships.isEmpty() ? null : pkg.getPart(relationships.getRelationship(0));
        if (part == null) {
            throw new IOException("the package names no workbook part");
        }
        return part;
    }

    private static OPCPackage openPackage(Path file) {
        try {
            return OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (OpenXML4JException | RuntimeException e) {
            throw unreadable("damaged .xlsx: " + e.getMessage(), e);
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
        PackagePart part = sheets.get(sheetName);
        if (part == null) {
            throw new IllegalArgumentException("no sheet " + sheetName);
        }
        try (InputStream in = part.getInputStream()) {
            worksheetReader.read(in, rows);
        } catch (IOException | XMLStreamException e) {
            throw unreadable("sheet " + sheetName + ": " + e.getMessage(), e);
        }
    }

    /**
     * ZipSecureFile reports a part that inflates beyond either of its limits as an IOException whose
     * message begins "Zip bomb detected!"; that message is the only thing that tells it from other damage.
     */
    private static UnreadableWorkbookException unreadable(String message, Exception e) {
        boolean bomb = String.valueOf(message).contains("Zip bomb detected");
        return new UnreadableWorkbookException(bomb ? UnreadableReason.ZIP_BOMB : UnreadableReason.CORRUPT, message, e);
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
        List<PackagePart> parts = pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
        List<String> strings = new ArrayList<>();
        if (parts.isEmpty()) {
            return strings;
        }
        long characters = 0;
        try (InputStream in = parts.get(0).getInputStream()) {
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
        List<PackagePart> parts = pkg.getPartsByContentType(XSSFRelation.STYLES.getContentType());
        if (parts.isEmpty()) {
            return List.of();
        }
        try (InputStream in = parts.get(0).getInputStream()) {
            return CellStyleFormats.read(in);
        }
    }

    @Override
    public void close() {
        // opened read-only: revert closes the file without trying to save anything
        pkg.revert();
    }
}
