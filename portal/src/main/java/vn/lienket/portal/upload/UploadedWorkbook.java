package vn.lienket.portal.upload;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.apache.poi.poifs.filesystem.FileMagic;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartFile;

/**
 * An uploaded file on its way to the intake: copied to a temporary file of the server's own naming
 * (the client's file name is kept as text only, never used as a path), refused when larger than
 * {@code lienket.portal.max-upload}, and accepted only when its bytes are an Excel workbook (OOXML zip
 * or OLE2), whatever its name or declared content type say. Delete it with {@link #close()}.
 */
public final class UploadedWorkbook implements AutoCloseable {

    private final Path file;
    private final String originalFilename;

    private UploadedWorkbook(Path file, String originalFilename) {
        this.file = file;
        this.originalFilename = originalFilename;
    }

    /**
     * Saves the upload to a temporary file.
     *
     * @throws UploadRefusedException when it is empty, too large or not a workbook
     */
    public static UploadedWorkbook save(MultipartFile upload, DataSize maxUpload) throws IOException {
        if (upload == null || upload.isEmpty()) {
            throw new UploadRefusedException(UploadRefusedException.Reason.EMPTY);
        }
        if (upload.getSize() > maxUpload.toBytes()) {
            throw new UploadRefusedException(UploadRefusedException.Reason.TOO_LARGE);
        }
        Path file = Files.createTempFile("lienket-upload-", ".part");
        try {
            long copied;
            try (InputStream in = upload.getInputStream(); OutputStream out = Files.newOutputStream(file)) {
                copied = in.transferTo(out);
            }
            if (copied > maxUpload.toBytes()) {
                throw new UploadRefusedException(UploadRefusedException.Reason.TOO_LARGE);
            }
            if (!isWorkbook(file)) {
                throw new UploadRefusedException(UploadRefusedException.Reason.NOT_A_WORKBOOK);
            }
            return new UploadedWorkbook(file, displayName(upload.getOriginalFilename()));
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
    }

    /** The bytes, in a temporary file of the server's naming. */
    public Path file() {
        return file;
    }

    /** The name the sender gave, reduced to its last path element: recorded in the registry, never opened. */
    public String originalFilename() {
        return originalFilename;
    }

    @Override
    public void close() throws IOException {
        Files.deleteIfExists(file);
    }

    private static boolean isWorkbook(Path file) throws IOException {
        try (InputStream in = FileMagic.prepareToCheckMagic(Files.newInputStream(file))) {
            FileMagic magic = FileMagic.valueOf(in);
            return magic == FileMagic.OOXML || magic == FileMagic.OLE2;
        }
    }

    public static String displayName(String clientName) {
        String name = Optional.ofNullable(clientName).orElse("").replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).strip();
        name = name.replaceAll("\\p{Cntrl}", "");
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            return "upload.xlsx";
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }
}
