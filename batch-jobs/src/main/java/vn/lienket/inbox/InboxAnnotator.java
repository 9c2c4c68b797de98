package vn.lienket.inbox;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

import org.springframework.stereotype.Component;
import vn.lienket.workbook.CheckResult;
import vn.lienket.workbook.annotate.AnnotatedCopy;
import vn.lienket.workbook.annotate.AnnotatedWorkbookWriter;

/**
 * Writes the annotated copy of a rejected workbook beside where the inbox moves it: to a temporary
 * {@code .annotating} name first (created new, never through an existing file or link), then renamed.
 */
@Component
public class InboxAnnotator {

    /** The annotated copy of {@code original} beside {@code target}; empty when the file could not be read at all. */
    public Optional<Path> annotate(Path original, CheckResult check, Path target) {
        if (check.report().unreadableReason().isPresent()) {
            return Optional.empty();
        }
        Path temporary = target.resolveSibling(target.getFileName() + InboxLayout.ANNOTATING);
        try {
            Files.createDirectories(target.getParent());
            AnnotatedCopy copy;
            try (OutputStream out = Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                copy = new AnnotatedWorkbookWriter().write(original, check.report(), out);
            }
            Path annotated = InboxLayout.annotatedBeside(target, copy.extension());
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
