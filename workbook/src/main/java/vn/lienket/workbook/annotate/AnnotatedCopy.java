package vn.lienket.workbook.annotate;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What became of an annotated copy: written (always a plain .xlsx), or not made and why, in both
 * languages, for the report or the mail that would have carried it.
 */
public sealed interface AnnotatedCopy {

    /** The copy, when one was written. */
    Optional<Path> written();

    /**
     * @param file          the plain .xlsx written
     * @param rowsNotCopied rows the file holds out of order or beyond Excel's 1,048,576, which a copy cannot place
     */
    record Written(Path file, long rowsNotCopied) implements AnnotatedCopy {
        @Override
        public Optional<Path> written() {
            return Optional.of(file);
        }
    }

    /** No copy: the reason in Vietnamese and English (the report lists every problem all the same). */
    record NotWritten(String reasonVi, String reasonEn) implements AnnotatedCopy {
        @Override
        public Optional<Path> written() {
            return Optional.empty();
        }
    }
}
