package vn.lienket.inbox;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lienket.domain.ProvinceId;
import vn.lienket.domain.Quarter;
import vn.lienket.intake.ProvinceScope;

import static org.assertj.core.api.Assertions.assertThat;

class InboxLayoutTest {

    @TempDir
    Path inbox;

    @TempDir
    Path elsewhere;

    @Test
    void listsDroppedFilesButNotTheOutputFoldersOrOfficeLockFiles() throws Exception {
        Files.writeString(inbox.resolve("lam-dong.xlsx"), "x");
        Files.writeString(inbox.resolve("~$lam-dong.xlsx"), "lock");
        Files.writeString(inbox.resolve(".DS_Store"), "mac");
        Files.createDirectories(inbox.resolve("P34-68"));
        Files.writeString(inbox.resolve("P34-68/quy1.xls"), "x");
        Files.createDirectories(inbox.resolve("processed/2026-Q1/P34-68"));
        Files.writeString(inbox.resolve("processed/2026-Q1/P34-68/old.xlsx"), "done");
        Files.createDirectories(inbox.resolve("rejected/2026-04-10"));
        Files.writeString(inbox.resolve("rejected/2026-04-10/bad.xlsx"), "bad");

        assertThat(new InboxLayout(inbox).waitingFiles()).extracting(FileState::relativePath)
                .containsExactly("P34-68/quy1.xls", "lam-dong.xlsx");
    }

    @Test
    void aFolderNamedAfterAProvinceNamesIt() {
        assertThat(InboxLayout.folderProvince("P34-68/quy1.xlsx")).contains(new ProvinceId("P34", "68"));
        assertThat(InboxLayout.folderProvince("p63_62/quy1.xlsx")).contains(new ProvinceId("P63", "62"));
        assertThat(InboxLayout.folderProvince("chung/quy1.xlsx")).isEmpty();
        assertThat(InboxLayout.folderProvince("quy1.xlsx")).isEmpty();
    }

    @Test
    void movedFilesNeverOverwriteAnEarlierFileOfTheSameName() throws Exception {
        InboxLayout layout = new InboxLayout(inbox);
        LocalDateTime now = LocalDateTime.of(2026, 4, 10, 9, 30, 15);
        Path first = layout.processedTarget("quy1.xlsx", Optional.of(Quarter.parse("2026-Q1")),
                Optional.of(new ProvinceId("P34", "68")), now);
        Files.createDirectories(first.getParent());
        Files.writeString(first, "first");

        Path second = layout.processedTarget("quy1.xlsx", Optional.of(Quarter.parse("2026-Q1")),
                Optional.of(new ProvinceId("P34", "68")), now);

        assertThat(inbox.relativize(first).toString().replace('\\', '/'))
                .isEqualTo("processed/2026-Q1/P34-68/20260410-093015-quy1.xlsx");
        assertThat(second).isNotEqualTo(first).doesNotExist();
        assertThat(second.getParent()).isEqualTo(first.getParent());
        assertThat(inbox.relativize(layout.rejectedTarget("quy1.xlsx", now)).toString().replace('\\', '/'))
                .isEqualTo("rejected/2026-04-10/093015-quy1.xlsx");
        assertThat(InboxLayout.reportBeside(first).getFileName()).hasToString("20260410-093015-quy1.xlsx.report.json");
    }

    @Test
    void aProvinceFolderIsTheDoorOfThatProvinceAndTheTopLevelOnlyWhenTheOperatorAllowsIt() {
        assertThat(InboxLayout.scopeOf("P34-68/quy1.xlsx", false)).isEqualTo(ProvinceScope.only(new ProvinceId("P34", "68")));
        assertThat(InboxLayout.scopeOf("quy1.xlsx", false)).isEqualTo(ProvinceScope.none());
        assertThat(InboxLayout.scopeOf("chung/quy1.xlsx", false)).isEqualTo(ProvinceScope.none());
        assertThat(InboxLayout.scopeOf("quy1.xlsx", true)).isEqualTo(ProvinceScope.any());
        assertThat(InboxLayout.scopeOf("P34-68/quy1.xlsx", true)).isEqualTo(ProvinceScope.only(new ProvinceId("P34", "68")));
    }

    @Test
    void linksAreListedButNeverReadable() throws Exception {
        Path outside = Files.writeString(elsewhere.resolve("secret.xlsx"), "secret");
        Files.createDirectories(inbox.resolve("P34-68"));
        Files.createSymbolicLink(inbox.resolve("P34-68/quy1.xlsx"), outside);
        Files.createSymbolicLink(inbox.resolve("P34-01"), outside.getParent());
        Files.writeString(inbox.resolve("P34-68/quy2.xlsx"), "x");
        InboxLayout layout = new InboxLayout(inbox);

        assertThat(layout.waitingFiles()).extracting(FileState::relativePath)
                .containsExactly("P34-01", "P34-68/quy1.xlsx", "P34-68/quy2.xlsx");
        assertThat(layout.readable("P34-68/quy1.xlsx").refusal()).hasValue("link");
        assertThat(layout.readable("P34-01").refusal()).hasValue("link");
        assertThat(layout.readable("P34-68/quy2.xlsx").refusal()).isEmpty();
    }

    @Test
    void aMovedFileNeverTakesANameWhoseSideFileIsAlreadyThere() throws Exception {
        InboxLayout layout = new InboxLayout(inbox);
        LocalDateTime now = LocalDateTime.of(2026, 4, 10, 9, 30, 15);
        Path day = Files.createDirectories(inbox.resolve("rejected/2026-04-10"));
        Files.createSymbolicLink(day.resolve("093015-quy1.xlsx.report.json"), inbox.resolve("elsewhere.json"));

        Path target = layout.rejectedTarget("quy1.xlsx", now);

        assertThat(target.getFileName()).hasToString("2-093015-quy1.xlsx");
    }
}
