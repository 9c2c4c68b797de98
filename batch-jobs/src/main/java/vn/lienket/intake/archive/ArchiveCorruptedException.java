package vn.lienket.intake.archive;

import java.io.IOException;
import java.nio.file.Path;

/** An archived file no longer has the bytes its name promises. */
public class ArchiveCorruptedException extends IOException {

    public ArchiveCorruptedException(Path file, String expectedSha256, String actualSha256) {
        super("Archived file " + file + " should hash to " + expectedSha256 + " but hashes to " + actualSha256);
    }
}
