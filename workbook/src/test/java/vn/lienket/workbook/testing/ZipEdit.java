package vn.lienket.workbook.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * The parts of a zip package (an .xlsx) as bytes, edited the way a hostile or broken tool would write them: POI
 * refuses to produce most of these files (macros, external links, odd rows, bombs), so they are made by rewriting
 * the XML of a good one. The one such helper of the test suites; {@code batch-jobs} uses it through the test jar.
 */
public final class ZipEdit {

    private final Map<String, byte[]> parts = new LinkedHashMap<>();

    private ZipEdit() {
    }

    public static ZipEdit of(Path file) {
        ZipEdit zip = new ZipEdit();
        try (ZipFile in = new ZipFile(file.toFile())) {
            for (ZipEntry entry : in.stream().toList()) {
                try (InputStream data = in.getInputStream(entry)) {
                    zip.parts.put(entry.getName(), data.readAllBytes());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return zip;
    }

    /** No parts yet, for a package built part by part. */
    public static ZipEdit empty() {
        return new ZipEdit();
    }

    /** The names of the parts, in zip order. */
    public static Set<String> partNames(Path file) {
        return of(file).parts.keySet();
    }

    public static String text(Path file, String part) {
        return new String(of(file).parts.get(part), StandardCharsets.UTF_8);
    }

    /** One part's text. */
    public String text(String name) {
        byte[] data = parts.get(name);
        if (data == null) {
            throw new IllegalArgumentException("no part " + name + " in " + parts.keySet());
        }
        return new String(data, StandardCharsets.UTF_8);
    }

    public ZipEdit put(String name, String text) {
        parts.put(name, text.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    public ZipEdit put(String name, byte[] data) {
        parts.put(name, data);
        return this;
    }

    /** Rewrites one part; fails when the edit changed nothing, so a fixture never silently stays intact. */
    public ZipEdit edit(String name, UnaryOperator<String> change) {
        String before = text(name);
        String after = change.apply(before);
        if (after.equals(before)) {
            throw new IllegalStateException("the edit of " + name + " changed nothing");
        }
        return put(name, after);
    }

    /** The part holding the sheet with this name, found through the workbook and its relationships. */
    public String sheetPart(String sheetName) {
        String workbook = text("xl/workbook.xml");
        Matcher sheet = Pattern.compile("<sheet [^>]*name=\"" + sheetName + "\"[^>]*r:id=\"(rId\\d+)\"")
                .matcher(workbook);
        if (!sheet.find()) {
            throw new IllegalArgumentException("no sheet " + sheetName);
        }
        Matcher target = Pattern.compile("Id=\"" + sheet.group(1) + "\"[^>]*Target=\"/?(?:xl/)?([^\"]+)\"|Target=\"/?(?:xl/)?([^\"]+)\"[^>]*Id=\"" + sheet.group(1) + "\"")
                .matcher(text("xl/_rels/workbook.xml.rels"));
        if (!target.find()) {
            throw new IllegalArgumentException("no relationship " + sheet.group(1));
        }
        return "xl/" + (target.group(1) != null ? target.group(1) : target.group(2));
    }

    public Path write(Path file) {
        try (OutputStream out = Files.newOutputStream(file)) {
            writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** The zip itself, for a zip inside a zip. */
    public byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private void writeTo(OutputStream out) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue());
                zip.closeEntry();
            }
        }
    }
}
