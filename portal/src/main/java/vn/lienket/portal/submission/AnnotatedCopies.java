package vn.lienket.portal.submission;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.springframework.stereotype.Service;
import vn.lienket.intake.archive.SubmissionArchive;
import vn.lienket.intake.reference.WarehouseCheckContexts;
import vn.lienket.intake.registry.Submission;
import vn.lienket.workbook.annotate.AnnotatedCopy;
import vn.lienket.workbook.annotate.AnnotatedWorkbookWriter;

/**
 * The annotated copy of a submission, written when asked for from the archived bytes and the stored
 * report: the same copy {@code lienket check} and the inbox write (the cells marked, the "Lỗi" sheet),
 * without keeping one on disk for every upload. The caller streams the file and deletes it.
 */
@Service
public class AnnotatedCopies {

    private final SubmissionArchive archive;
    private final WarehouseCheckContexts checkContexts;

    public AnnotatedCopies(SubmissionArchive archive, WarehouseCheckContexts checkContexts) {
        this.archive = archive;
        this.checkContexts = checkContexts;
    }

    /** A temporary file holding the copy, empty when there is nothing to mark or the file cannot be copied. */
    public Optional<Path> write(Submission submission, StoredReport report) {
        if (!report.hasProblems()) {
            return Optional.empty();
        }
        Path original = archive.find(submission.fileSha256()).orElse(null);
        if (original == null) {
            return Optional.empty();
        }
        try {
            Path target = Files.createTempFile("lienket-annotated-", ".xlsx");
            Files.delete(target);
            AnnotatedCopy copy = new AnnotatedWorkbookWriter(checkContexts.limits())
                    .write(original, report.toValidationReport(), target);
            return copy.written();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The name the browser saves the copy under: the sender's file name with {@code .kiem-tra.xlsx}, as {@code lienket check} names it. */
    public static String downloadName(Submission submission) {
        String name = Path.of(submission.originalFilename()).getFileName().toString();
        int dot = name.lastIndexOf('.');
        return (dot < 0 ? name : name.substring(0, dot)) + ".kiem-tra.xlsx";
    }
}
