package vn.lienket.render;

import java.nio.file.Files;
import java.nio.file.Path;

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
}
