package vn.lienket.scorecard.pdf;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.lienket.domain.Sha256;

/**
 * Makes an exported PDF a function of its content alone. OpenPDF stamps the wall-clock time in
 * the server's zone (Info dictionary and XMP), a random trailer {@code /ID} and a random
 * six-letter prefix on every font subset (from {@code Math.random()}).
 * <ul>
 * <li>Dates become the data's as-of time in UTC ({@code Z}). A date written with an offset is
 * longer than one in UTC, so the metadata stream's {@code /Length} and the xref offsets after a
 * changed date are recomputed.</li>
 * <li>Subset prefixes and the ID are overwritten in place, same length, with values derived from
 * a hash of the document with those values blanked.</li>
 * </ul>
 * The result is the same bytes for the same content on any JVM, in any time zone.
 */
final class ReproduciblePdf {

    private static final Pattern INFO_DATE = Pattern.compile("/(?:CreationDate|ModDate)\\s*\\((D:[^)]*)\\)");
    private static final Pattern XMP_DATE = Pattern.compile(
            "xmp:(?:CreateDate|ModifyDate|MetadataDate)(?:>|=\")(\\d{4}-\\d{2}-\\d{2}T[^<\"]*)");
    private static final Pattern STREAM_LENGTH = Pattern.compile("/Length\\s+(\\d++)(?!\\s+\\d+\\s+R)");
    private static final Pattern SUBSET_FONT = Pattern.compile("/(?:BaseFont|FontName)\\s*/([A-Z]{6})\\+");
    private static final Pattern TRAILER_ID = Pattern.compile("/ID\\s*\\[\\s*<([0-9a-fA-F]+)>\\s*<([0-9a-fA-F]+)>\\s*\\]");
    private static final Pattern START_XREF = Pattern.compile("startxref\\s+(\\d+)");
    private static final Pattern XREF_ENTRY = Pattern.compile("(\\d{10}) (\\d{5}) n");
    private static final DateTimeFormatter PDF_DATE =
            DateTimeFormatter.ofPattern("'D:'yyyyMMddHHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter XMP_DATE_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

    private ReproduciblePdf() {
    }

    static byte[] normalise(byte[] pdf, Instant asOf) {
        // ISO-8859-1 maps every byte to one char and back, so binary streams pass through untouched.
        StringBuilder text = new StringBuilder(new String(pdf, StandardCharsets.ISO_8859_1));
        replaceDates(text, XMP_DATE, XMP_DATE_TIME.format(asOf), ReproduciblePdf::repairMetadataStream);
        // The Info dictionary is a plain object: only the xref offsets after it move.
        replaceDates(text, INFO_DATE, PDF_DATE.format(asOf), ReproduciblePdf::shiftOffsetsAfter);
        List<String> randomPrefixes = subsetPrefixes(text);
        for (int i = 0; i < randomPrefixes.size(); i++) {
            replaceAll(text, "/" + randomPrefixes.get(i) + "+", "/" + placeholder(i) + "+");
        }
        Matcher id = TRAILER_ID.matcher(text);
        boolean hasId = id.find();
        if (hasId) {
            overwrite(text, id.start(1), "0".repeat(id.group(1).length()));
            overwrite(text, id.start(2), "0".repeat(id.group(2).length()));
        }
        byte[] contentHash = Sha256.digest(text.toString().getBytes(StandardCharsets.ISO_8859_1));
        for (int i = 0; i < randomPrefixes.size(); i++) {
            replaceAll(text, "/" + placeholder(i) + "+", "/" + letters(contentHash, i) + "+");
        }
        if (hasId) {
            String hex = HexFormat.of().formatHex(contentHash);
            overwrite(text, id.start(1), hex.substring(0, id.group(1).length()));
            overwrite(text, id.start(2), hex.substring(0, id.group(2).length()));
        }
        return text.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    /**
     * Overwrites each date the pattern's first group finds with {@code canonical}; where that
     * changes the length, {@code onLengthChange} repairs what depends on byte positions.
     */
    private static void replaceDates(StringBuilder text, Pattern pattern, String canonical, LengthChange onLengthChange) {
        Matcher matcher = pattern.matcher(text);
        int from = 0;
        while (matcher.find(from)) {
            int at = matcher.start(1);
            int delta = canonical.length() - matcher.group(1).length();
            text.replace(at, matcher.end(1), canonical);
            if (delta != 0) {
                onLengthChange.repair(text, at, delta);
            }
            from = at + canonical.length();
            matcher = pattern.matcher(text);
        }
    }

    private interface LengthChange {
        void repair(StringBuilder text, int position, int delta);
    }

    /** An XMP date lives in the metadata stream: its {@code /Length} and the xref offsets after it move. */
    private static void repairMetadataStream(StringBuilder text, int position, int delta) {
        adjustStreamLength(text, position, delta);
        shiftOffsetsAfter(text, position, delta);
    }

    private static void adjustStreamLength(StringBuilder text, int insideStream, int delta) {
        int streamKeyword = text.lastIndexOf("stream", insideStream);
        int dictionary = text.lastIndexOf("<<", streamKeyword);
        Matcher length = STREAM_LENGTH.matcher(text);
        if (dictionary < 0 || !length.region(dictionary, streamKeyword).find()) {
            throw new IllegalStateException("XMP metadata stream without a direct /Length");
        }
        String updated = Long.toString(Long.parseLong(length.group(1)) + delta);
        int digitsDelta = updated.length() - length.group(1).length();
        text.replace(length.start(1), length.end(1), updated);
        if (digitsDelta != 0) {
            shiftOffsetsAfter(text, length.start(1), digitsDelta);
        }
    }

    private static void shiftOffsetsAfter(StringBuilder text, int position, int delta) {
        Matcher startXref = START_XREF.matcher(text);
        int last = -1;
        while (startXref.find()) {
            last = startXref.start();
        }
        if (last < 0) {
            throw new IllegalStateException("PDF without startxref");
        }
        startXref.find(last);
        long xrefOffset = Long.parseLong(startXref.group(1));
        int xrefStart = (int) (xrefOffset > position ? xrefOffset + delta : xrefOffset);
        Matcher entry = XREF_ENTRY.matcher(text);
        entry.region(xrefStart, last);
        while (entry.find()) {
            long offset = Long.parseLong(entry.group(1));
            if (offset > position) {
                overwrite(text, entry.start(1), String.format("%010d", offset + delta));
            }
        }
        text.replace(startXref.start(1), startXref.end(1), Integer.toString(xrefStart));
    }

    /** Distinct random prefixes in order of first appearance, which the content alone decides. */
    private static List<String> subsetPrefixes(CharSequence text) {
        Set<String> prefixes = new LinkedHashSet<>();
        Matcher matcher = SUBSET_FONT.matcher(text);
        while (matcher.find()) {
            prefixes.add(matcher.group(1));
        }
        return List.copyOf(prefixes);
    }

    /** A stand-in prefix while the content is hashed: lower case, so no real prefix looks like it. */
    private static String placeholder(int index) {
        return String.format("zz%04d", index);
    }

    private static void replaceAll(StringBuilder text, String from, String to) {
        int at = text.indexOf(from);
        while (at >= 0) {
            text.replace(at, at + from.length(), to);
            at = text.indexOf(from, at + to.length());
        }
    }

    private static void overwrite(StringBuilder text, int start, String value) {
        text.replace(start, start + value.length(), value);
    }

    private static String letters(byte[] hash, int index) {
        byte[] seeded = Sha256.digest((HexFormat.of().formatHex(hash) + ":" + index).getBytes(StandardCharsets.US_ASCII));
        StringBuilder prefix = new StringBuilder(6);
        for (int i = 0; i < 6; i++) {
            prefix.append((char) ('A' + Math.floorMod(seeded[i], 26)));
        }
        return prefix.toString();
    }
}
