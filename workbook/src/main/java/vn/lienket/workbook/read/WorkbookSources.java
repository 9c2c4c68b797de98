package vn.lienket.workbook.read;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import vn.lienket.workbook.WorkbookLimits;

/** Opens a workbook of either format, or explains in an exception why it cannot. */
public final class WorkbookSources {

    private static final int MAX_CONTENT_TYPES_BYTES = 1024 * 1024;
    /** The longest signature FileMagic compares (its MAX_PATTERN_LENGTH); a shorter file is padded with zeros, as POI pads it. */
    private static final int MAGIC_BYTES = 44;
    /** Main-part content types (lower case) of .xlsx, .xltx, .xlsm and .xltm. */
    private static final List<String> SPREADSHEET_MAIN_PARTS = List.of(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml",
            "application/vnd.ms-excel.sheet.macroenabled.main+xml",
            "application/vnd.ms-excel.template.macroenabled.main+xml");
    private static final String BINARY_WORKBOOK_MAIN_PART = "application/vnd.ms-excel.sheet.binary.macroenabled.main";

    private WorkbookSources() {
    }

    public static WorkbookSource open(Path file, WorkbookLimits limits) {
        return open(file, limits, false);
    }

    /** As {@link #open(Path, WorkbookLimits)}, with each number's display format, for copying a workbook. */
    public static WorkbookSource openWithFormats(Path file, WorkbookLimits limits) {
        return open(file, limits, true);
    }

    private static WorkbookSource open(Path file, WorkbookLimits limits, boolean withFormats) {
        refuseOversized(file, limits);
        FileMagic magic = magic(file);
        return switch (magic) {
            case OOXML -> openXlsx(file, limits, withFormats);
            case OLE2 -> openXls(file, withFormats);
            case BIFF2, BIFF3, BIFF4 -> throw new UnreadableWorkbookException(UnreadableReason.OLD_FORMAT,
                    "an Excel 2.x–4.0 workbook (" + magic + ")", null);
            default -> throw new UnreadableWorkbookException(UnreadableReason.NOT_EXCEL,
                    "not an Excel workbook (content looks like " + magic + ")", null);
        };
    }

    private static void refuseOversized(Path file, WorkbookLimits limits) {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new UnreadableWorkbookException(UnreadableReason.CORRUPT, e.getMessage(), e);
        }
        if (size > limits.maxFileBytes()) {
            throw new UnreadableWorkbookException(UnreadableReason.TOO_LARGE,
                    String.format("the file has %,d bytes, more than the %,d allowed", size, limits.maxFileBytes()), null);
        }
    }

    /**
     * The kind of file its first bytes say, as POI's {@link FileMagic} judges them. The bytes are read
     * here rather than by {@code FileMagic.valueOf(InputStream)}, whose helper class starts POI's
     * logging, and with it log4j-api's search of the whole class path for its providers: a .xlsx is
     * read without either.
     */
    private static FileMagic magic(Path file) {
        byte[] head = new byte[MAGIC_BYTES];
        try (InputStream in = Files.newInputStream(file)) {
            if (in.readNBytes(head, 0, head.length) == 0) {
                throw new UnreadableWorkbookException(UnreadableReason.EMPTY, "the file is empty", null);
            }
        } catch (IOException e) {
            throw new UnreadableWorkbookException(UnreadableReason.CORRUPT, e.getMessage(), e);
        }
        return FileMagic.valueOf(head);
    }

    private static WorkbookSource openXlsx(Path file, WorkbookLimits limits, boolean withFormats) {
        XlsxPackage pkg;
        try {
            pkg = XlsxPackage.open(file);
        } catch (IOException e) {
            throw new UnreadableWorkbookException(UnreadableReason.CORRUPT, "damaged .xlsx: " + e.getMessage(), e);
        }
        try {
            requireSpreadsheetPackage(pkg);
        } catch (IOException | RuntimeException e) {
            close(pkg);
            throw e instanceof UnreadableWorkbookException unreadable ? unreadable
                    : new UnreadableWorkbookException(UnreadableReason.CORRUPT, "damaged .xlsx: " + e.getMessage(), e);
        }
        return new ReadAheadSource(new XlsxSource(pkg, limits, withFormats));
    }

    /**
     * Any zip passes the magic-number test: a Word or PowerPoint document, an .xlsb binary workbook or
     * a plain archive renamed .xlsx must be told "not an Excel workbook, save it as .xlsx", not
     * "damaged". The package's content types name its main part; only after the zip-bomb check is
     * this small part inflated, and it is matched as text before any XML parser sees it.
     */
    private static void requireSpreadsheetPackage(XlsxPackage pkg) throws IOException {
        if (!pkg.has(XlsxPackage.CONTENT_TYPES)) {
            throw new UnreadableWorkbookException(UnreadableReason.NOT_EXCEL, "a zip archive without " + XlsxPackage.CONTENT_TYPES, null);
        }
        String contentTypes;
        try (InputStream in = pkg.open(XlsxPackage.CONTENT_TYPES)) {
            contentTypes = new String(in.readNBytes(MAX_CONTENT_TYPES_BYTES), StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
        }
        if (SPREADSHEET_MAIN_PARTS.stream().noneMatch(contentTypes::contains)) {
            throw new UnreadableWorkbookException(UnreadableReason.NOT_EXCEL, contentTypes.contains(BINARY_WORKBOOK_MAIN_PART)
                    ? "an Excel binary workbook (.xlsb)" : "an Office package without a workbook (a Word or PowerPoint file?)", null);
        }
    }

    private static WorkbookSource openXls(Path file, boolean withFormats) {
        POIFSFileSystem fs = null;
        try {
            fs = new POIFSFileSystem(file.toFile(), true);
            if (fs.getRoot().hasEntry(Decryptor.DEFAULT_POIFS_ENTRY)) {
                throw new UnreadableWorkbookException(UnreadableReason.ENCRYPTED,
                        "the workbook is password-protected", null);
            }
            return new XlsSource(new HSSFWorkbook(fs.getRoot(), true), withFormats);
        } catch (UnreadableWorkbookException e) {
            closeQuietly(fs);
            throw e;
        } catch (EncryptedDocumentException e) {
            closeQuietly(fs);
            throw new UnreadableWorkbookException(UnreadableReason.ENCRYPTED, "the workbook is password-protected", e);
        } catch (OldExcelFormatException e) {
            closeQuietly(fs);
            throw new UnreadableWorkbookException(UnreadableReason.OLD_FORMAT, e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            closeQuietly(fs);
            throw new UnreadableWorkbookException(UnreadableReason.NOT_EXCEL,
                    "an Office file but not an Excel workbook: " + e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            closeQuietly(fs);
            throw new UnreadableWorkbookException(UnreadableReason.CORRUPT, "damaged .xls: " + e.getMessage(), e);
        }
    }

    /** {@link WorkbookSource#close()} declares no IOException, so a failed close surfaces unchecked. */
    static void close(Closeable workbook) {
        try {
            workbook.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void closeQuietly(POIFSFileSystem fs) {
        if (fs != null) {
            try {
                fs.close();
            } catch (IOException ignored) {
                // the file is already being reported as unreadable; a failed close adds nothing
            }
        }
    }
}
