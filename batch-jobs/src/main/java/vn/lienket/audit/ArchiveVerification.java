package vn.lienket.audit;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.lienket.intake.archive.Receipt;
import vn.lienket.intake.archive.SubmissionArchive;

/** Checks the configured archive against its receipts and against the submissions the warehouse registered. */
@Service
public class ArchiveVerification {

    private final SubmissionArchive archive;
    private final JdbcClient jdbc;

    public ArchiveVerification(SubmissionArchive archive, JdbcClient jdbc) {
        this.archive = archive;
        this.jdbc = jdbc;
    }

    public ArchiveReport verify() throws IOException {
        List<Receipt> registered = jdbc.sql("""
                        SELECT submission_id, file_sha256, original_filename, uploader, received_at, contract_version
                        FROM submission ORDER BY submission_id""")
                .query((row, index) -> new Receipt(row.getString("file_sha256"), row.getString("original_filename"),
                        row.getString("uploader"), row.getObject("received_at", OffsetDateTime.class), "*",
                        row.getLong("submission_id"), row.getString("contract_version")))
                .list();
        return new ArchiveCheck(archive).check(registered);
    }

    public SubmissionArchive archive() {
        return archive;
    }
}
