package vn.lienket.portal.submission;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Optional;

import org.springframework.stereotype.Service;
import vn.lienket.domain.ProvinceId;
import vn.lienket.intake.IntakeRequest;
import vn.lienket.intake.ProvinceScope;
import vn.lienket.intake.SubmissionIntake;
import vn.lienket.intake.SubmissionIntake.IntakeResult;
import vn.lienket.intake.load.SubmissionLoader;
import vn.lienket.intake.registry.SubmissionStatus;

/**
 * A workbook uploaded in the browser, taken through the same intake as the inbox and {@code lienket load}
 * (archive first, same job, same rules, same idempotency). The bytes go to a temporary file of the
 * portal's own naming: the sender's file name is kept as a name in the registry, never used as a path.
 * What the bytes are is decided by their first bytes, not by the name or the browser's content type.
 */
@Service
public class WorkbookUpload {

    /** The first bytes of a ZIP container: .xlsx, .xlsm (OOXML) and other zip files. */
    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    /** The first bytes of an OLE2 compound document: .xls from old Excel (and encrypted OOXML). */
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

    private final SubmissionIntake intake;
    private final Clock clock;

    public WorkbookUpload(SubmissionIntake intake, Clock clock) {
        this.intake = intake;
        this.clock = clock;
    }

    /** What became of an upload: judged by the intake, or not a workbook at all (nothing archived). */
    public sealed interface Outcome {
        record Judged(IntakeResult result) implements Outcome {
        }

        record NotAWorkbook() implements Outcome {
        }
    }

    /**
     * @param expectedProvince the one province whose workbook this sender may send (a submitter's), empty for
     *                         a sender who may send any province's
     */
    public Outcome upload(InputStream content, String originalFilename, String uploader,
                          Optional<ProvinceId> expectedProvince) {
        try (BufferedInputStream in = new BufferedInputStream(content)) {
            in.mark(OLE2.length);
            byte[] head = in.readNBytes(OLE2.length);
            in.reset();
            Optional<String> extension = extensionOf(head);
            if (extension.isEmpty()) {
                return new Outcome.NotAWorkbook();
            }
            Path file = Files.createTempFile("lienket-upload-", "." + extension.get());
            try {
                Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
                IntakeRequest request = new IntakeRequest(file, displayName(originalFilename, extension.get()), uploader,
                        OffsetDateTime.now(clock), ProvinceScope.of(expectedProvince));
                return new Outcome.Judged(intake.load(request));
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the intake refused the workbook because its cover names another province than the sender's. */
    public static boolean refusedAsAnotherProvince(IntakeResult result) {
        return result.submission().status() == SubmissionStatus.REJECTED
                && result.reportJson().map(StoredReport::parse).stream()
                .flatMap(report -> report.problems().stream())
                .anyMatch(problem -> SubmissionLoader.PROVINCE_NOT_EXPECTED.equals(problem.code()));
    }

    static Optional<String> extensionOf(byte[] head) {
        if (startsWith(head, ZIP)) {
            return Optional.of("xlsx");
        }
        if (startsWith(head, OLE2)) {
            return Optional.of("xls");
        }
        return Optional.empty();
    }

    /** The sender's name for the file without any folder part a browser may send, or a plain one when it sent none. */
    public static String displayName(String originalFilename, String extension) {
        String name = originalFilename == null ? "" : originalFilename.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).strip();
        return name.isEmpty() ? "workbook." + extension : name;
    }

    private static boolean startsWith(byte[] head, byte[] magic) {
        return head.length >= magic.length && Arrays.equals(head, 0, magic.length, magic, 0, magic.length);
    }
}
