package vn.lienket.intake.archive;

import java.nio.file.Path;

/**
 * One entry of the archive.
 *
 * @param newlyStored false when the same bytes had been archived before
 */
public record ArchivedFile(String sha256, Path path, long size, boolean newlyStored) {
}
