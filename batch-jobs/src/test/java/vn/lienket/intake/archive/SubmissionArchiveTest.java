package vn.lienket.intake.archive;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SubmissionArchiveTest {

    @TempDir
    Path work;

    @Test
    void storesTheExactBytesUnderTheirHash() throws Exception {
        Path submitted = Files.write(work.resolve("Lam Dong 2025-Q3.XLSX"), new byte[] {1, 2, 3, 4});
        SubmissionArchive archive = new SubmissionArchive(work.resolve("archive"));

        ArchivedFile stored = archive.store(submitted);

        assertThat(stored.sha256()).isEqualTo("9f64a747e1b97f131fabb6b447296c9b6f0201e79fb3c5356e6c77e89b6a806a");
        assertThat(stored.path()).isEqualTo(work.resolve("archive/9f/64/" + stored.sha256() + ".xlsx"));
        assertThat(Files.readAllBytes(stored.path())).containsExactly(1, 2, 3, 4);
        assertThat(stored.newlyStored()).isTrue();
        try (var leftovers = Files.list(work.resolve("archive"))) {
            assertThat(leftovers).noneMatch(path -> path.getFileName().toString().startsWith(".incoming-"));
        }
    }

    @Test
    void theSameBytesAreStoredOnce() throws Exception {
        SubmissionArchive archive = new SubmissionArchive(work.resolve("archive"));
        ArchivedFile first = archive.store(Files.write(work.resolve("a.xlsx"), "same".getBytes()));
        ArchivedFile second = archive.store(Files.write(work.resolve("b.xlsx"), "same".getBytes()));

        assertThat(second.path()).isEqualTo(first.path());
        assertThat(second.newlyStored()).isFalse();
    }

    @Test
    void anArchivedFileIsReadOnly() throws Exception {
        SubmissionArchive archive = new SubmissionArchive(work.resolve("archive"));
        ArchivedFile stored = archive.store(Files.write(work.resolve("a.xlsx"), "original".getBytes()));

        assertThat(Files.getPosixFilePermissions(stored.path())).noneMatch(p -> p.name().endsWith("WRITE"));
    }

    @Test
    void tamperingIsDetected() throws Exception {
        SubmissionArchive archive = new SubmissionArchive(work.resolve("archive"));
        ArchivedFile stored = archive.store(Files.write(work.resolve("a.xlsx"), "original".getBytes()));
        stored.path().toFile().setWritable(true);
        Files.write(stored.path(), "tampered".getBytes());

        assertThatThrownBy(() -> archive.store(Files.write(work.resolve("b.xlsx"), "original".getBytes())))
                .isInstanceOf(ArchiveCorruptedException.class)
                .hasMessageContaining(stored.sha256());
    }

    @Test
    void receiptsAreKeptOnceAndReadBackInTheOrderFilesArrivedWithTheirDoor() throws Exception {
        SubmissionArchive archive = new SubmissionArchive(work.resolve("archive"));
        ArchivedFile late = archive.store(Files.write(work.resolve("b.xlsx"), "second".getBytes()));
        ArchivedFile early = archive.store(Files.write(work.resolve("a.xlsx"), "first".getBytes()));
        Receipt second = new Receipt(late.sha256(), "Lâm Đồng quý 1 (sửa).xlsx", "inbox:P34-68/sua.xlsx",
                OffsetDateTime.parse("2026-04-12T09:30+07:00"), "P34:68");
        Receipt first = new Receipt(early.sha256(), "Lâm Đồng quý 1.xlsx", "sct-68", OffsetDateTime.parse("2026-04-10T09:30+07:00"));

        archive.recordReceipt(second);
        archive.recordReceipt(first);
        archive.recordReceipt(first);

        assertThat(archive.receipts()).as("with the door each came through").containsExactly(first, second);
        assertThat(archive.find(early.sha256())).contains(early.path());
    }

    @Test
    void filesReceivedAtTheSameInstantComeBackInTheOrderTheyWereRegisteredAfterTheReceiptsThatDoNotSay() throws Exception {
        SubmissionArchive archive = new SubmissionArchive(work.resolve("archive"));
        OffsetDateTime sameInstant = OffsetDateTime.parse("2026-04-10T09:30+07:00");
        List<Receipt> registered = new ArrayList<>();
        for (String content : List.of("bốn", "ba", "hai", "một")) {
            ArchivedFile file = archive.store(Files.write(work.resolve(content + ".xlsx"), content.getBytes(StandardCharsets.UTF_8)));
            registered.add(new Receipt(file.sha256(), content + ".xlsx", "sct-68", sameInstant, "*", 10L + registered.size()));
        }
        ArchivedFile older = archive.store(Files.write(work.resolve("cu.xlsx"), "cũ".getBytes(StandardCharsets.UTF_8)));
        Receipt beforeIdsWereKept = new Receipt(older.sha256(), "cu.xlsx", "sct-68", sameInstant);

        for (Receipt receipt : registered) {
            archive.recordReceipt(receipt);
        }
        archive.recordReceipt(beforeIdsWereKept);

        List<Receipt> expected = new ArrayList<>(List.of(beforeIdsWereKept));
        expected.addAll(registered);
        assertThat(archive.receipts()).as("by their names (SHA-256) the four would come back reversed").containsExactlyElementsOf(expected);
    }
}
