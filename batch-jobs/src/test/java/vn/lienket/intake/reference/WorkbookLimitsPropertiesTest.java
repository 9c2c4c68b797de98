package vn.lienket.intake.reference;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import vn.lienket.workbook.WorkbookLimits;

import static org.assertj.core.api.Assertions.assertThat;

class WorkbookLimitsPropertiesTest {

    @Test
    void withNothingConfiguredTheLimitsAreTheWorkbookDefaults() {
        assertThat(bind(Map.of()).limits()).isEqualTo(WorkbookLimits.DEFAULTS);
    }

    @Test
    void eachKeyUnderLienketWorkbookSetsItsLimit() {
        WorkbookLimits limits = bind(Map.of(
                "lienket.workbook.max-file-bytes", "104857600",
                "lienket.workbook.max-shared-strings", "10",
                "lienket.workbook.max-shared-string-chars", "20",
                "lienket.workbook.max-cell-chars", "30",
                "lienket.workbook.max-stored-problems", "40",
                "lienket.workbook.max-problems-per-code", "50")).limits();

        assertThat(limits).isEqualTo(new WorkbookLimits(100L << 20, 10, 20, 30, 40, 50));
    }

    private static WorkbookLimitsProperties bind(Map<String, String> settings) {
        return new Binder(new MapConfigurationPropertySource(settings))
                .bindOrCreate("lienket.workbook", WorkbookLimitsProperties.class);
    }
}
