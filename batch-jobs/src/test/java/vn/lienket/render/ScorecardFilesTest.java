package vn.lienket.render;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lienket.domain.ProvinceId;
import vn.lienket.domain.Quarter;
import vn.lienket.scorecard.ReportLanguage;
import vn.lienket.scorecard.ScorecardView;
import vn.lienket.scorecard.data.ScorecardRequest;
import vn.lienket.scorecard.data.ScorecardSubject;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScorecardFilesTest {

    private static final String SHA = "ab12cd34ef56" + "0".repeat(52);

    @TempDir
    Path dir;

    @Test
    void aFileIsNamedBySubjectQuarterViewLanguageAndTheStartOfItsDigest() {
        ScorecardRequest province = new ScorecardRequest(new ScorecardSubject.Province(ProvinceId.parse("P34:68")),
                Quarter.parse("2025-Q3"), ScorecardView.AS_SUBMITTED, ReportLanguage.EN);
        ScorecardRequest programme = new ScorecardRequest(new ScorecardSubject.Programme("hcmc_tn"),
                Quarter.parse("2025-Q3"), ScorecardView.CURRENT, ReportLanguage.VI);

        assertThat(ScorecardFiles.pathFor(dir, province, SHA, "pdf"))
                .isEqualTo(dir.resolve("2025-Q3/P34-68_2025-Q3_as_submitted_en_ab12cd34ef56.pdf"));
        assertThat(ScorecardFiles.pathFor(dir, programme, SHA, "xlsx"))
                .isEqualTo(dir.resolve("2025-Q3/HCMC_TN_2025-Q3_current_vi_ab12cd34ef56.xlsx"));
    }

    @Test
    void theSameBytesMayBeWrittenAgainButDifferentOnesNever() throws Exception {
        Path file = dir.resolve("2025-Q3/HCMC_TN.pdf");
        ScorecardFiles.writeOnce(file, new byte[] {1, 2, 3});
        ScorecardFiles.writeOnce(file, new byte[] {1, 2, 3});

        assertThatThrownBy(() -> ScorecardFiles.writeOnce(file, new byte[] {9}))
                .isInstanceOf(ScorecardFiles.ScorecardOverwriteException.class)
                .hasMessageContaining("never overwritten");
        assertThat(Files.readAllBytes(file)).containsExactly(1, 2, 3);
        try (var siblings = Files.list(file.getParent())) {
            assertThat(siblings).containsExactly(file);
        }
    }

    @Test
    void theSweepRemovesOnlyOldHalfWrittenFiles() throws Exception {
        Path quarter = Files.createDirectories(dir.resolve("2025-Q3"));
        Path killed = Files.write(quarter.resolve(".partial-123.tmp"), new byte[] {1});
        Files.setLastModifiedTime(killed, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
        Path live = Files.write(quarter.resolve(".partial-456.tmp"), new byte[] {2});
        Path scorecard = Files.write(quarter.resolve("HCMC_TN_2025-Q3_current_vi_ab12cd34ef56.pdf"), new byte[] {3});
        Files.setLastModifiedTime(scorecard, FileTime.from(Instant.now().minus(Duration.ofDays(30))));

        assertThat(ScorecardFiles.sweepLeftovers(dir, Duration.ofHours(1))).containsExactly(killed);
        try (var left = Files.list(quarter)) {
            assertThat(left).containsExactlyInAnyOrder(live, scorecard);
        }
    }
}
