package vn.lienket.workbook.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/** Files no template produces, shared by the reader's tests and the load job's hostile corpus. */
public final class HostileFiles {

    private static final int CENTRAL_DIRECTORY_HEADER = 0x02014b50;
    private static final int FIXED_HEADER_BYTES = 46;

    private HostileFiles() {
    }

    /**
     * An Excel 5.0/95 workbook: its BIFF5 records sit in an OLE2 stream named "Book" (BIFF8 says
     * "Workbook"); a beginning-of-file record is all a reader looks at before refusing it.
     */
    public static Path excel95(Path file) {
        byte[] biff5Bof = {0x09, 0x08, 0x08, 0x00, 0x00, 0x05, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00};
        try (POIFSFileSystem fs = new POIFSFileSystem(); OutputStream out = Files.newOutputStream(file)) {
            fs.createDocument(new ByteArrayInputStream(biff5Bof), "Book");
            fs.writeFilesystem(out);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Makes the zip's central directory claim that {@code part} inflates to no more than its
     * compressed size, as a zip bomb would to pass a check of the declared sizes.
     */
    public static Path understateSize(Path zipFile, String part) {
        try {
            byte[] bytes = Files.readAllBytes(zipFile);
            ByteBuffer zip = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
            byte[] name = part.getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i + FIXED_HEADER_BYTES + name.length <= bytes.length; i++) {
                if (zip.getInt(i) == CENTRAL_DIRECTORY_HEADER && zip.getShort(i + 28) == name.length
                        && new String(bytes, i + FIXED_HEADER_BYTES, name.length, StandardCharsets.UTF_8).equals(part)) {
                    zip.putInt(i + 24, zip.getInt(i + 20));
                    Files.write(zipFile, bytes);
                    return zipFile;
                }
            }
            throw new IllegalArgumentException(part + " is not in the central directory of " + zipFile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
