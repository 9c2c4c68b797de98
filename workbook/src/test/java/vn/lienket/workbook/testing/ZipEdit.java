package vn.lienket.workbook.testing;

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
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/** Rewrites the parts of an .xlsx as text, for files no library writes (macros, external links, odd rows). */
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

    /** The names of the parts, in zip order. */
    public static Set<String> partNames(Path file) {
        return of(file).parts.keySet();
    }

    public static String text(Path file, String part) {
        return new String(of(file).parts.get(part), StandardCharsets.UTF_8);
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
        String before = new String(parts.get(name), StandardCharsets.UTF_8);
        String after = change.apply(before);
        if (after.equals(before)) {
            throw new IllegalStateException("the edit of " + name + " changed nothing");
        }
        return put(name, after);
    }

    public Path write(Path file) {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}
