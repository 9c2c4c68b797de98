package vn.lienket.robustness;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lienket.domain.ProvinceId;
import vn.lienket.domain.Quarter;
import vn.lienket.robustness.ChildIntake.Outcome;
import vn.lienket.testsupport.TestPostgres;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A province's second million-row workbook, for the next quarter, is checked against the million
 * projects of the first: both loads run one after the other in one child JVM with a 256 MB heap (the
 * second used to run out of memory holding the previous quarter's projects), and the comparison still
 * warns about every project whose capital changed more than tenfold, the last row included.
 */
class ConsecutiveQuartersIT {

    private static final ProvinceId LAM_DONG = new ProvinceId("P34", "68");
    private static final int CHANGED_EVERY = 250_000;

    @TempDir
    static Path work;

    @Test
    void twoConsecutiveMillionRowQuartersOfOneProvinceBothLoadInA256MbHeap() throws Exception {
        Path cache = Files.createDirectories(Path.of("target", "robustness-cache"));
        Path first = cached(cache, "lam-dong-2025-Q4-1m.xlsx", Quarter.parse("2025-Q4"), 0);
        Path second = cached(cache, "lam-dong-2026-Q1-1m-changed.xlsx", Quarter.parse("2026-Q1"), CHANGED_EVERY);
        TestPostgres.Database database = TestPostgres.shared().createDatabase("consecutive_quarters");
        JdbcClient db = JdbcClient.create(database.dataSource());

        ChildIntake child = ChildIntake.start("consecutive-quarters", database, work.resolve("archive"),
                ChildIntake.files("2025-Q4", first, "2026-Q1", second), Map.of(), 0);
        int exitCode = child.awaitExit();
        Map<String, Outcome> outcomes = child.outcomes();

        assertThat(exitCode).as("exit code of the intake process; see " + child.log()).isZero();
        assertThat(outcomes).as("see " + child.log()).containsOnlyKeys("2025-Q4", "2026-Q1");
        assertThat(outcomes.values()).allSatisfy(outcome -> assertThat(outcome.failed()).as(outcome.toString()).isFalse());
        assertThat(db.sql("""
                        SELECT s.quarter_key || ' ' || s.status || ' ' || (SELECT count(*) FROM fact_investment_snapshot f
                                                                            WHERE f.submission_id = s.submission_id)
                        FROM submission s ORDER BY s.quarter_key""").query(String.class).list())
                .containsExactly(Quarter.parse("2025-Q4").key() + " loaded 1000000", Quarter.parse("2026-Q1").key() + " loaded 1000000");
        long warningsOfFirst = warnings(db, outcomes.get("2025-Q4").submissionId());
        assertThat(warnings(db, outcomes.get("2026-Q1").submissionId()))
                .as("the first quarter's warnings and one per project whose capital grew twentyfold")
                .isEqualTo(warningsOfFirst + HostileCorpus.MILLION / CHANGED_EVERY);
    }

    private static long warnings(JdbcClient db, long submissionId) {
        return db.sql("SELECT warning_count FROM submission WHERE submission_id = :id").param("id", submissionId)
                .query(Long.class).single();
    }

    /** Writing a million rows takes a while: each workbook is made once per build tree and reused. */
    private static Path cached(Path cache, String name, Quarter quarter, int changedEvery) throws Exception {
        Path file = cache.resolve(name);
        if (!Files.exists(file)) {
            Path partial = LargeWorkbook.write(cache.resolve(name + ".part"), LAM_DONG, "Lâm Đồng", quarter,
                    HostileCorpus.MILLION, changedEvery);
            Files.move(partial, file);
        }
        return Files.copy(file, Files.createDirectories(work.resolve("files")).resolve(name));
    }
}
