package vn.lienket.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lienket.intake.archive.ArchivedFile;
import vn.lienket.intake.archive.Receipt;
import vn.lienket.intake.archive.SubmissionArchive;

class ArchiveCheckTest {

    private static final OffsetDateTime APRIL = OffsetDateTime.of(2026, 4, 10, 9, 30, 15, 123_456_000, ZoneOffset.ofHours(7));

    @TempDir
    Path work;

    private SubmissionArchive archive;
    private final List<ArchivedFile> files = new ArrayList<>();
    private final List<Receipt> registered = new ArrayList<>();

    @BeforeEach
    void threeReceivedFiles() throws IOException {
        archive = new SubmissionArchive(work.resolve("archive"));
        for (int i = 1; i <= 3; i++) {
            Path upload = Files.writeString(work.resolve("P34-68-2026-Q" + i + ".xlsx"), "workbook " + i);
            ArchivedFile archived = archive.store(upload);
            Receipt receipt = new Receipt(archived.sha256(), upload.getFileName().toString(), "Sở Công Thương Lâm Đồng",
                    APRIL.plusDays(i));
            archive.recordReceipt(receipt);
            files.add(archived);
            registered.add(receipt);
        }
    }

    @Test
    void anUntouchedArchiveIsClean() throws IOException {
        ArchiveReport report = new ArchiveCheck(archive).check(registered);

        assertThat(report.clean()).isTrue();
        assertThat(report.files()).isEqualTo(3);
        assertThat(report.receipts()).isEqualTo(3);
        assertThat(report.submissions()).isEqualTo(3);
    }

    @Test
    void aChangedFileIsFound() throws IOException {
        Path second = files.get(1).path();
        second.toFile().setWritable(true);
        Files.writeString(second, "workbook 2, one figure changed");

        assertThat(new ArchiveCheck(archive).check(registered).problems())
                .containsExactly(new ArchiveProblem(ArchiveProblem.Kind.FILE_ALTERED, second, files.get(1).sha256()));
    }

    @Test
    void aDeletedFileIsFound() throws IOException {
        Files.delete(files.get(0).path());

        assertThat(new ArchiveCheck(archive).check(registered).problems()).extracting(ArchiveProblem::kind, ArchiveProblem::sha256)
                .containsExactly(tuple(ArchiveProblem.Kind.FILE_MISSING, files.get(0).sha256()));
    }

    @Test
    void anAddedFileIsFoundWhetherOrNotItIsNamedLikeAnArchivedOne() throws IOException {
        ArchivedFile smuggled = archive.store(Files.writeString(work.resolve("late.xlsx"), "never received"));
        Path stray = Files.writeString(work.resolve("archive").resolve("notes.txt"), "hello", StandardCharsets.UTF_8);

        assertThat(new ArchiveCheck(archive).check(registered).problems()).containsExactlyInAnyOrder(
                new ArchiveProblem(ArchiveProblem.Kind.UNREGISTERED, smuggled.path(), smuggled.sha256()),
                new ArchiveProblem(ArchiveProblem.Kind.UNREGISTERED, stray, null));
    }

    @Test
    void aReceiptThatNoLongerSaysWhatItsNameSaysIsFound() throws IOException {
        Path receipt = archive.receiptsDirectory().resolve(SubmissionArchive.receiptFileName(registered.get(2)));
        receipt.toFile().setWritable(true);
        Files.writeString(receipt, Files.readString(receipt).replace(APRIL.plusDays(3).toString(), APRIL.plusDays(4).toString()));

        assertThat(new ArchiveCheck(archive).check(registered).problems()).extracting(ArchiveProblem::kind).containsExactlyInAnyOrder(
                ArchiveProblem.Kind.RECEIPT_ALTERED, ArchiveProblem.Kind.RECEIPT_MISSING);
    }

    @Test
    void aSubmissionWithoutItsReceiptOrBytesIsFound() throws IOException {
        Receipt unarchived = new Receipt("cd".repeat(32), "P34-68-2026-Q4.xlsx", "Sở Công Thương Lâm Đồng", APRIL.plusDays(90));
        registered.add(unarchived);

        assertThat(new ArchiveCheck(archive).check(registered).problems()).extracting(ArchiveProblem::kind, ArchiveProblem::sha256)
                .containsExactlyInAnyOrder(
                        tuple(ArchiveProblem.Kind.FILE_MISSING, unarchived.sha256()),
                        tuple(ArchiveProblem.Kind.RECEIPT_MISSING, unarchived.sha256()));
    }

    @Test
    void aReceiptThatNamesAnotherContractVersionThanTheRegistryIsFound() throws IOException {
        Path receipt = archive.receiptsDirectory().resolve(SubmissionArchive.receiptFileName(registered.get(0)));
        receipt.toFile().setWritable(true);
        String json = Files.readString(receipt);
        assertThat(json).contains("\"v1\"");
        Files.writeString(receipt, json.replace("\"v1\"", "\"v2\""));

        assertThat(new ArchiveCheck(archive).check(registered).problems()).extracting(ArchiveProblem::kind, ArchiveProblem::sha256)
                .containsExactly(tuple(ArchiveProblem.Kind.RECEIPT_DISAGREES, files.get(0).sha256()));
    }

    @Test
    void aRegistryThatPlacesAnArrivalElsewhereThanItsReceiptIsFound() throws IOException {
        Receipt first = registered.get(0);
        Path upload = Files.writeString(work.resolve("P34-68-2026-Q4.xlsx"), "workbook 4");
        ArchivedFile fourth = archive.store(upload);
        Receipt kept = new Receipt(fourth.sha256(), "P34-68-2026-Q4.xlsx", first.uploader(), APRIL.plusDays(4), "*", 4L, "v1");
        archive.recordReceipt(kept);
        registered.add(new Receipt(kept.sha256(), kept.originalFilename(), kept.uploader(), kept.receivedAt(), "*", 7L, "v1"));

        assertThat(new ArchiveCheck(archive).check(registered).problems()).extracting(ArchiveProblem::kind, ArchiveProblem::sha256)
                .containsExactly(tuple(ArchiveProblem.Kind.RECEIPT_DISAGREES, fourth.sha256()));

        registered.set(3, kept);
        assertThat(new ArchiveCheck(archive).check(registered).clean()).isTrue();
    }
}
