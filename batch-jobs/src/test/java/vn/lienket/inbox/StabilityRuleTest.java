package vn.lienket.inbox;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StabilityRuleTest {

    private static final Instant T0 = Instant.parse("2026-04-10T02:00:00Z");
    private final StabilityRule rule = new StabilityRule(List.of(".part", ".tmp"));

    @Test
    void aFileSeenForTheFirstTimeWaitsForTheNextScan() {
        FileState arriving = new FileState("lam-dong.xlsx", 4_096, T0);

        assertThat(rule.ready(Map.of(), List.of(arriving))).isEmpty();
    }

    @Test
    void aFileUnchangedSinceTheLastScanIsReady() {
        FileState seen = new FileState("lam-dong.xlsx", 4_096, T0);

        assertThat(rule.ready(Map.of(seen.relativePath(), seen), List.of(seen))).containsExactly(seen);
    }

    @Test
    void aFileStillGrowingOrTouchedWaits() {
        FileState before = new FileState("lam-dong.xlsx", 4_096, T0);
        FileState grown = new FileState("lam-dong.xlsx", 8_192, T0.plusSeconds(30));
        FileState touched = new FileState("lam-dong.xlsx", 4_096, T0.plusSeconds(30));

        assertThat(rule.ready(Map.of(before.relativePath(), before), List.of(grown))).isEmpty();
        assertThat(rule.ready(Map.of(before.relativePath(), before), List.of(touched))).isEmpty();
    }

    @Test
    void aFileRenamedFromItsTemporaryNameIsReadyAtOnce() {
        FileState uploading = new FileState("P34-68/lam-dong.xlsx.part", 2_048, T0);
        FileState renamed = new FileState("P34-68/lam-dong.xlsx", 4_096, T0.plusSeconds(5));

        assertThat(rule.ready(Map.of(uploading.relativePath(), uploading), List.of(renamed))).containsExactly(renamed);
    }

    @Test
    void aFileUnderATemporaryNameIsNeverReady() {
        FileState uploading = new FileState("lam-dong.xlsx.tmp", 4_096, T0);

        assertThat(rule.isTemporary("LAM-DONG.XLSX.PART")).isTrue();
        assertThat(rule.ready(Map.of(uploading.relativePath(), uploading), List.of(uploading))).isEmpty();
    }

    @Test
    void aTemporaryFileStillPresentDoesNotMakeItsNamesakeReady() {
        FileState uploading = new FileState("lam-dong.xlsx.part", 2_048, T0);
        FileState sameName = new FileState("lam-dong.xlsx", 4_096, T0);

        assertThat(rule.ready(Map.of(uploading.relativePath(), uploading), List.of(uploading, sameName))).isEmpty();
    }
}
