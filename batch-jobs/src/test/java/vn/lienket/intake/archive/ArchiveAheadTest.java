package vn.lienket.intake.archive;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class ArchiveAheadTest {

    @TempDir
    Path work;

    @Test
    void theFileStoredAheadIsTheArchiveEntryTheArchiveWouldHaveMade() throws Exception {
        Path submitted = Files.write(work.resolve("quy3.xlsx"), "workbook bytes".getBytes());
        SubmissionArchive archive = new SubmissionArchive(work.resolve("archive"));
        ArchiveAhead ahead = new ArchiveAhead(submitted);

        ahead.start(() -> archive);

        ArchivedFile stored = ahead.take(submitted).orElseThrow();
        assertThat(stored.sha256()).isEqualTo(SubmissionArchive.sha256Of(submitted));
        assertThat(Files.readAllBytes(stored.path())).isEqualTo("workbook bytes".getBytes());
        assertThat(archive.holds(stored)).isTrue();
        assertThat(archive.store(submitted).path()).isEqualTo(stored.path());
    }

    @Test
    void nothingIsHandedOverForAnotherFileBeforeTheStartOrWhenStoringFailed() throws Exception {
        Path first = Files.write(work.resolve("a.xlsx"), "a".getBytes());
        Path second = Files.write(work.resolve("b.xlsx"), "b".getBytes());
        ArchiveAhead notStarted = new ArchiveAhead(first);
        ArchiveAhead started = new ArchiveAhead(first);
        started.start(() -> new SubmissionArchive(work.resolve("archive")));
        ArchiveAhead failing = new ArchiveAhead(work.resolve("missing.xlsx"));
        failing.start(() -> new SubmissionArchive(work.resolve("archive")));
        ArchiveAhead misconfigured = new ArchiveAhead(first);
        misconfigured.start(() -> {
            throw new IllegalStateException("lienket.archive-dir cannot be bound");
        });

        assertThat(notStarted.take(first)).isEmpty();
        assertThat(started.take(second)).isEmpty();
        assertThat(failing.take(work.resolve("missing.xlsx"))).isEmpty();
        assertThat(misconfigured.take(first)).isEmpty();
    }

    @Test
    void anArchiveTakesOnlyItsOwnEntriesAndOnlyWhileTheyAreThere() throws Exception {
        Path submitted = Files.write(work.resolve("quy3.xlsx"), "bytes".getBytes());
        SubmissionArchive archive = new SubmissionArchive(work.resolve("archive"));
        SubmissionArchive another = new SubmissionArchive(work.resolve("elsewhere"));
        ArchivedFile entry = archive.store(submitted);

        assertThat(archive.holds(entry)).isTrue();
        assertThat(another.holds(entry)).isFalse();
        entry.path().toFile().setWritable(true);
        Files.delete(entry.path());
        assertThat(archive.holds(entry)).isFalse();
    }
}
