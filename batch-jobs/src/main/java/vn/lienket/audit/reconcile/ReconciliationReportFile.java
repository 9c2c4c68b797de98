package vn.lienket.audit.reconcile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import vn.lienket.storage.DurableFiles;

/** Writes a reconciliation report into a directory as {@code reconciliation.json}, replacing an earlier one atomically. */
public final class ReconciliationReportFile {

    public static final String FILE_NAME = "reconciliation.json";

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private ReconciliationReportFile() {
    }

    public static Path write(ReconciliationReport report, Path directory) throws IOException {
        Files.createDirectories(directory);
        Path target = directory.resolve(FILE_NAME);
        Path incoming = Files.createTempFile(directory, ".incoming-", ".part");
        try {
            DurableFiles.writeAndForce(incoming, JSON.writeValueAsBytes(report));
            DurableFiles.publish(incoming, target);
        } finally {
            Files.deleteIfExists(incoming);
        }
        return target;
    }
}
