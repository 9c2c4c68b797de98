package vn.lienket.intake.reference;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;
import vn.lienket.intake.IntakeTestApplication;
import vn.lienket.testsupport.PostgresTestInitializer;
import vn.lienket.workbook.CheckResult;
import vn.lienket.workbook.WorkbookChecker;
import vn.lienket.workbook.WorkbookLimits;
import vn.lienket.workbook.rows.RowSink;
import vn.lienket.workbook.testing.WorkbookFixtures;

import static org.assertj.core.api.Assertions.assertThat;

/** An operator who lowers {@code lienket.workbook.max-file-bytes} gets files above it refused, in Vietnamese. */
@SpringBootTest(classes = IntakeTestApplication.class, properties = "lienket.workbook.max-file-bytes=4096")
@ContextConfiguration(initializers = PostgresTestInitializer.class)
class ConfiguredWorkbookLimitsIT {

    @TempDir
    Path work;

    @Autowired
    WarehouseCheckContexts contexts;

    @Test
    void aConfiguredSmallerFileLimitRefusesAFileTheDefaultAccepts() throws Exception {
        Path file = WorkbookFixtures.valid().writeXlsx(work);
        assertThat(Files.size(file)).isGreaterThan(4096);

        CheckResult withDefaults = new WorkbookChecker().check(file,
                contexts.create().withLimits(WorkbookLimits.DEFAULTS), RowSink.discard());
        CheckResult configured = new WorkbookChecker().check(file, contexts.create(), RowSink.discard());

        assertThat(withDefaults.exitCode()).isZero();
        assertThat(configured.exitCode()).isEqualTo(2);
        assertThat(configured.report().unreadableReason()).contains("TOO_LARGE");
        assertThat(configured.report().problems().get(0).messageVi())
                .contains("workbook.xlsx")
                .contains("vượt giới hạn an toàn");
        assertThat(contexts.limits().maxFileBytes()).isEqualTo(4096);
    }
}
