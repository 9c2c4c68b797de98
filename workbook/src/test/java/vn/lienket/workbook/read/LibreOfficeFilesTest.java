package vn.lienket.workbook.read;

import java.nio.file.Path;
import java.net.URISyntaxException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.lienket.workbook.report.Verdict;
import vn.lienket.workbook.testing.Checks;

import static org.assertj.core.api.Assertions.assertThat;

class LibreOfficeFilesTest {

    @ParameterizedTest
    @ValueSource(strings = {"lam-dong-2026-q1-libreoffice.xlsx", "lam-dong-2026-q1-libreoffice.xls"})
    void aWorkbookSavedByLibreOfficeChecksLikeTheOriginal(String name) throws URISyntaxException {
        Path file = Path.of(getClass().getResource("/fixtures/libreoffice/" + name).toURI());

        Checks checks = Checks.run(file);

        assertThat(checks.result.verdict()).as("%s", checks.problems()).isEqualTo(Verdict.VALID);
        assertThat(checks.covers).singleElement().satisfies(cover -> {
            assertThat(cover.province()).hasToString("P34:68");
            assertThat(cover.quarter()).hasToString("2026-Q1");
        });
        assertThat(checks.projects).hasSize(225);
        assertThat(checks.projects.get(0).projectCode()).isEqualTo("DN-001");
        assertThat(checks.projects).allSatisfy(project -> assertThat(project.licenceDate()).isBeforeOrEqualTo("2026-03-31"));
        assertThat(checks.ocopCounts).hasSize(6);
        assertThat(checks.events).singleElement().satisfies(event ->
                assertThat(event.hostProvince()).hasToString("P34:79"));
    }
}
