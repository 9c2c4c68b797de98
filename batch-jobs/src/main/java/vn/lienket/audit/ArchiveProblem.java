package vn.lienket.audit;

import java.nio.file.Path;

/**
 * One thing wrong with the archive of submitted files.
 *
 * @param path   the file concerned, or where it should be
 * @param sha256 the hash the file is named by or should have, when one is known
 */
public record ArchiveProblem(Kind kind, Path path, String sha256) {

    /** What is wrong. */
    public enum Kind {
        /** A receipt or a registered submission names bytes that are not in the archive. */
        FILE_MISSING,
        /** A registered submission has no receipt in the archive. */
        RECEIPT_MISSING,
        /** The bytes no longer hash to the name they are kept under. */
        FILE_ALTERED,
        /** A receipt no longer says what its name says (hash, time), or cannot be read. */
        RECEIPT_ALTERED,
        /**
         * The receipt of a registered submission says otherwise than the registry about that arrival: another id
         * (its place among the arrivals, which a replay follows) or another workbook contract version.
         */
        RECEIPT_DISAGREES,
        /** A file in the archive that no receipt names, or that is not named as archived files are. */
        UNREGISTERED
    }
}
