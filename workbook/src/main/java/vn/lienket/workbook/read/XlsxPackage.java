package vn.lienket.workbook.read;

import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.InputStreamStatistics;

/**
 * The parts of an .xlsx package (Open Packaging Conventions) that reading its sheets needs: each
 * part's content type ({@code [Content_Types].xml}) and the relationships of the package and of a
 * part ({@code _rels/….rels}). POI's {@code OPCPackage} did this, and more that a check never uses
 * (every part and relationship of the package as objects, the document properties parsed with a
 * DOM parser): about 0.1 s of a 2,000-row check, most of its logging's start-up among it (log4j-api
 * looks for its providers across the whole class path), and 18 % of a portal upload's CPU.
 *
 * <p>The zip is read by commons-compress, the library POI reads it with, under the same defences as
 * POI's {@code ZipSecureFile} with its default limits (the application never changes them): at most
 * {@value #MAX_ENTRIES} entries, no entry without a name or two whose names differ only in case, a
 * directory that declares no part beyond the size and ratio limits, and every part refused as a zip
 * bomb while it is inflated, by the bytes really read, as soon as it passes them ({@link InflateLimit}),
 * so a directory that lies about sizes is stopped too. The content types and relationships are
 * parsed by the reader's own StAX parser ({@link SpreadsheetXml}: no DTD, no external entity).
 */
final class XlsxPackage implements Closeable {

    /** Uncompressed bytes one part may hold (ZipSecureFile's default, 4 GiB − 1). */
    static final long MAX_ENTRY_SIZE = 0xFFFF_FFFFL;
    /** Least compressed / uncompressed ratio a part may have (ZipSecureFile's default: 1 to 100). */
    static final double MIN_INFLATE_RATIO = 0.01;
    /** Bytes a part may inflate to before its ratio is judged (ZipSecureFile's default, 100 KiB). */
    static final long GRACE_ENTRY_SIZE = 100 * 1024;
    /** Entries the zip may hold (ZipSecureFile's default). */
    static final int MAX_ENTRIES = 1000;

    static final String CONTENT_TYPES = "[Content_Types].xml";
    private static final String OFFICE_DOCUMENT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";
    private static final String STRICT_OFFICE_DOCUMENT = "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument";

    private final ZipFile zip;
    /** Entries by part name in lower case: OPC part names are compared without regard to case. */
    private final Map<String, ZipArchiveEntry> entries;
    private Map<String, String> defaultTypes;
    private Map<String, String> overrideTypes;

    private XlsxPackage(ZipFile zip, Map<String, ZipArchiveEntry> entries) {
        this.zip = zip;
        this.entries = entries;
    }

    /**
     * Opens the zip and refuses it at once if its directory breaks one of the limits: throws
     * {@link UnreadableWorkbookException} ({@link UnreadableReason#ZIP_BOMB} for sizes and ratios),
     * or IOException for a zip that cannot be read.
     */
    static XlsxPackage open(Path file) throws IOException {
        ZipFile zip = new ZipFile(file);
        try {
            Map<String, ZipArchiveEntry> entries = new HashMap<>();
            for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
                refuseBeyondLimits(entry);
                String name = entry.getName();
                if (name.isEmpty()) {
                    throw new IOException("an entry without a name");
                }
                if (entries.put(name.toLowerCase(Locale.ROOT), entry) != null) {
                    throw new IOException("more than one entry named " + name);
                }
                if (entries.size() > MAX_ENTRIES) {
                    throw new IOException(String.format("more than %,d entries", MAX_ENTRIES));
                }
            }
            return new XlsxPackage(zip, entries);
        } catch (IOException | RuntimeException e) {
            ZipFile.closeQuietly(zip);
            throw e;
        }
    }

    /** What the directory declares: a part beyond the size limit, or inflating beyond the ratio. */
    private static void refuseBeyondLimits(ZipArchiveEntry entry) {
        long size = entry.getSize();
        long compressed = entry.getCompressedSize();
        if (size > MAX_ENTRY_SIZE || size > 0 && compressed >= 0 && (double) compressed / size < MIN_INFLATE_RATIO) {
            throw new UnreadableWorkbookException(UnreadableReason.ZIP_BOMB,
                    "part " + entry.getName() + " expands beyond the zip-bomb limits", null);
        }
    }

    /** Whether the package holds a part of this name (without the leading slash, in any case). */
    boolean has(String partName) {
        return entries.containsKey(partName.toLowerCase(Locale.ROOT));
    }

    /** The part's bytes, inflated under the zip-bomb limits. */
    InputStream open(String partName) throws IOException {
        ZipArchiveEntry entry = entries.get(partName.toLowerCase(Locale.ROOT));
        if (entry == null) {
            throw new IOException("no part " + partName);
        }
        return new InflateLimit(zip.getInputStream(entry), entry.getName());
    }

    /**
     * The part the package's relationship names as its main document (Excel's workbook part), of the
     * transitional or the strict flavour.
     */
    String mainPart() throws IOException, XMLStreamException {
        Map<String, List<String>> byType = relationshipsByType("");
        List<String> targets = byType.getOrDefault(OFFICE_DOCUMENT, byType.getOrDefault(STRICT_OFFICE_DOCUMENT, List.of()));
        if (targets.isEmpty() || !has(targets.get(0))) {
            throw new IOException("the package names no workbook part");
        }
        return targets.get(0);
    }

    /**
     * The relationships of a part by id: the part each one names (internal ones only, resolved against
     * the part's folder as OPC says). The part of {@code xl/workbook.xml} has them in
     * {@code xl/_rels/workbook.xml.rels}; a part without that file has none.
     */
    Map<String, String> relationships(String partName) throws IOException, XMLStreamException {
        Map<String, String> byId = new LinkedHashMap<>();
        readRelationships(partName, (id, type, target) -> byId.putIfAbsent(id, target));
        return byId;
    }

    private Map<String, List<String>> relationshipsByType(String partName) throws IOException, XMLStreamException {
        Map<String, List<String>> byType = new HashMap<>();
        readRelationships(partName, (id, type, target) -> byType.computeIfAbsent(type, t -> new ArrayList<>()).add(target));
        return byType;
    }

    private interface RelationshipSink {
        void accept(String id, String type, String target);
    }

    private void readRelationships(String partName, RelationshipSink sink) throws IOException, XMLStreamException {
        int slash = partName.lastIndexOf('/');
        String folder = partName.substring(0, slash + 1);
        String rels = folder + "_rels/" + partName.substring(slash + 1) + ".rels";
        if (!has(rels)) {
            return;
        }
        URI base = uri("/" + partName);
        try (InputStream in = open(rels)) {
            XMLStreamReader xml = SpreadsheetXml.open(in, SpreadsheetXml.EXCEL_CELL_CHARS);
            try {
                while (xml.hasNext()) {
                    if (xml.next() == XMLStreamConstants.START_ELEMENT && "Relationship".equals(xml.getLocalName())
                            && !"External".equals(xml.getAttributeValue(null, "TargetMode"))) {
                        String target = xml.getAttributeValue(null, "Target");
                        if (target == null) {
                            throw new IOException("a relationship of " + partName + " without a target");
                        }
                        sink.accept(xml.getAttributeValue(null, "Id"), xml.getAttributeValue(null, "Type"),
                                base.resolve(uri(target)).normalize().getPath().substring(1));
                    }
                }
            } finally {
                xml.close();
            }
        }
    }

    /** A target as written, where writers leave a space in a file name unescaped (POI reads those too). */
    private static URI uri(String reference) throws IOException {
        try {
            return new URI(reference.replace(" ", "%20"));
        } catch (URISyntaxException e) {
            throw new IOException("a relationship target that is no URI: " + e.getMessage(), e);
        }
    }

    /**
     * Refuses a package in which a part has no content type, as POI's package reader did: Excel
     * repairs such a file before it opens it, so the department is asked to save it again. The
     * relationship parts need none.
     */
    void requireContentTypes() throws IOException, XMLStreamException {
        for (ZipArchiveEntry entry : entries.values()) {
            String name = entry.getName();
            String lower = name.toLowerCase(Locale.ROOT);
            boolean relationships = lower.endsWith(".rels") && (lower.startsWith("_rels/") || lower.contains("/_rels/"));
            if (!entry.isDirectory() && !relationships && !name.equalsIgnoreCase(CONTENT_TYPES) && contentType(name).isEmpty()) {
                throw new IOException("part " + name + " has no content type");
            }
        }
    }

    /** The part's content type: its override, or its extension's default; empty if it has neither. */
    Optional<String> contentType(String partName) throws IOException, XMLStreamException {
        readContentTypes();
        String override = overrideTypes.get(partName.toLowerCase(Locale.ROOT));
        if (override != null) {
            return Optional.of(override);
        }
        int dot = partName.lastIndexOf('.');
        return Optional.ofNullable(dot < 0 ? null : defaultTypes.get(partName.substring(dot + 1).toLowerCase(Locale.ROOT)));
    }

    /** The parts of a content type (compared without regard to case), in order of their names. */
    List<String> partsOfType(String contentType) throws IOException, XMLStreamException {
        List<String> parts = new ArrayList<>();
        for (ZipArchiveEntry entry : entries.values()) {
            String name = entry.getName();
            if (!entry.isDirectory() && contentType(name).filter(contentType::equalsIgnoreCase).isPresent()) {
                parts.add(name);
            }
        }
        parts.sort(String.CASE_INSENSITIVE_ORDER);
        return parts;
    }

    private void readContentTypes() throws IOException, XMLStreamException {
        if (overrideTypes != null) {
            return;
        }
        Map<String, String> defaults = new HashMap<>();
        Map<String, String> overrides = new HashMap<>();
        try (InputStream in = open(CONTENT_TYPES)) {
            XMLStreamReader xml = SpreadsheetXml.open(in, SpreadsheetXml.EXCEL_CELL_CHARS);
            try {
                while (xml.hasNext()) {
                    if (xml.next() == XMLStreamConstants.START_ELEMENT) {
                        String type = xml.getAttributeValue(null, "ContentType");
                        if ("Default".equals(xml.getLocalName()) && type != null) {
                            defaults.put(String.valueOf(xml.getAttributeValue(null, "Extension")).toLowerCase(Locale.ROOT), type);
                        } else if ("Override".equals(xml.getLocalName()) && type != null) {
                            String part = String.valueOf(xml.getAttributeValue(null, "PartName"));
                            overrides.put((part.startsWith("/") ? part.substring(1) : part).toLowerCase(Locale.ROOT), type);
                        }
                    }
                }
            } finally {
                xml.close();
            }
        }
        this.defaultTypes = defaults;
        this.overrideTypes = overrides;
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    /**
     * A part as it inflates, refused as {@link UnreadableReason#ZIP_BOMB} as soon as the bytes really
     * read pass a limit: more than {@link #MAX_ENTRY_SIZE}, or, beyond the first
     * {@link #GRACE_ENTRY_SIZE}, fewer than {@link #MIN_INFLATE_RATIO} compressed bytes for each
     * inflated one (the check of ZipSecureFile's own stream, on the counts commons-compress keeps).
     */
    private static final class InflateLimit extends FilterInputStream {

        private final InputStreamStatistics counts;
        private final String partName;

        /** {@code in} is what commons-compress's ZipFile returns, which keeps both counts (its contract). */
        InflateLimit(InputStream in, String partName) {
            super(in);
            this.counts = (InputStreamStatistics) in;
            this.partName = partName;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            check();
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            check();
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = in.skip(n);
            check();
            return skipped;
        }

        private void check() {
            long inflated = counts.getUncompressedCount();
            if (inflated > MAX_ENTRY_SIZE || inflated > GRACE_ENTRY_SIZE
                    && (double) counts.getCompressedCount() / inflated < MIN_INFLATE_RATIO) {
                throw new UnreadableWorkbookException(UnreadableReason.ZIP_BOMB, String.format(
                        "part %s expands beyond the zip-bomb limits (%,d bytes from %,d)", partName, inflated,
                        counts.getCompressedCount()), null);
            }
        }
    }
}
