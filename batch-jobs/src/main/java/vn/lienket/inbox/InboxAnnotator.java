package vn.lienket.inbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.lienket.intake.reference.WarehouseCheckContexts;
import vn.lienket.workbook.CheckResult;
import vn.lienket.workbook.annotate.AnnotatedCopy;
import vn.lienket.workbook.annotate.AnnotatedWorkbookWriter;

/**
 * Writes the annotated copy of a rejected workbook beside where the inbox moves it: under a temporary
 * {@code .annotating} name first (any entry of that name, a link included, is removed, never written
 * through), then renamed to a name that was free.
 */
@Component
public class InboxAnnotator {

    private static final Logger log = LoggerFactory.getLogger(InboxAnnotator.class);

    private final WarehouseCheckContexts checkContexts;

    public InboxAnnotator(WarehouseCheckContexts checkContexts) {
        this.checkContexts = checkContexts;
    }

    /** The annotated copy of {@code original} beside {@code target}; empty when no copy could be made (the report says why). */
    public Optional<Path> annotate(Path original, CheckResult check, Path target) {
        if (check.report().unreadableReason().isPresent()) {
            return Optional.empty();
        }
        Path temporary = target.resolveSibling(target.getFileName() + InboxLayout.ANNOTATING);
        try {
            Files.createDirectories(target.getParent());
            Files.deleteIfExists(temporary);
            AnnotatedCopy copy = new AnnotatedWorkbookWriter(checkContexts.limits()).write(original, check.report(), temporary);
            if (copy instanceof AnnotatedCopy.NotWritten notWritten) {
                log.warn("No annotated copy of {}: {}", original, notWritten.reasonEn());
                return Optional.empty();
            }
            Path annotated = InboxLayout.annotatedBeside(target, "xlsx");
            Files.move(temporary, annotated);
            return Optional.of(annotated);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the annotated copy of " + original + ": " + e.getMessage(), e);
        } finally {
            removeTemporary(temporary);
        }
    }

    private static void removeTemporary(Path temporary) {
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot remove " + temporary + ": " + e.getMessage(), e);
        }
    }
}
