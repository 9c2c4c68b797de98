package vn.lienket.app.database;

import java.nio.file.Path;

/**
 * A command that reads the warehouse found no embedded warehouse where this installation keeps it:
 * it refuses rather than create an empty one, so a data directory cannot silently fork.
 */
public final class WarehouseMissingException extends RuntimeException {

    private final Path expectedDirectory;

    public WarehouseMissingException(Path expectedDirectory) {
        super("No warehouse in " + expectedDirectory);
        this.expectedDirectory = expectedDirectory;
    }

    public Path expectedDirectory() {
        return expectedDirectory;
    }
}
