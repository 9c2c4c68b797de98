package vn.lienket.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.lienket.intake.registry.AuditLog;
import vn.lienket.testsupport.PostgresTestInitializer;

@SpringBootTest(classes = AuditTestApplication.class)
@ContextConfiguration(initializers = PostgresTestInitializer.class)
class AuditChainIT {

    private static final String SHA = "ab".repeat(32);

    @Autowired
    AuditLog log;
    @Autowired
    AuditChain chain;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactionManager;

    @BeforeEach
    void emptyLog() {
        superuser("TRUNCATE audit_log", "audit_log_no_truncate");
    }

    @Test
    void theDatabasesChainIsTheOneJavaRecomputes() {
        writeEntries(5);

        ChainVerification verification = chain.verify();

        assertThat(verification.intact()).isTrue();
        assertThat(verification.entries()).isEqualTo(5);
        assertThat(verification.head()).get().satisfies(head -> {
            assertThat(head.position()).isEqualTo(5);
            assertThat(head.entryHash()).isEqualTo(jdbc.sql("SELECT entry_hash FROM audit_log WHERE chain_position = 5")
                    .query(String.class).single());
        });
    }

    @Test
    void anEntryAlteredBehindTheApplicationsBackIsFoundAtItsPosition() {
        writeEntries(6);

        superuser("UPDATE audit_log SET details = '{\"rows\": 9999}' WHERE chain_position = 4", "audit_log_no_update_delete");

        ChainVerification verification = chain.verify();
        assertThat(verification.firstBreak()).get().satisfies(broken -> {
            assertThat(broken.position()).isEqualTo(4);
            assertThat(broken.kind()).isEqualTo(ChainBreak.Kind.CONTENT_ALTERED);
        });
        assertThat(verification.head()).isEmpty();
    }

    @Test
    void anEntryDeletedBehindTheApplicationsBackIsFoundWhereItWas() {
        writeEntries(6);

        superuser("DELETE FROM audit_log WHERE chain_position = 2", "audit_log_no_update_delete");

        assertThat(chain.verify().firstBreak()).get().satisfies(broken -> {
            assertThat(broken.position()).isEqualTo(3);
            assertThat(broken.kind()).isEqualTo(ChainBreak.Kind.ENTRIES_MISSING);
        });
    }

    @Test
    void concurrentWritersKeepOneChain() throws Exception {
        TransactionTemplate transaction = new TransactionTemplate(transactionManager);
        ExecutorService writers = Executors.newFixedThreadPool(4);
        try {
            List<Future<Object>> done = new ArrayList<>();
            for (int writer = 0; writer < 4; writer++) {
                String actor = "writer " + writer;
                Callable<Object> writes = () -> {
                    for (int entry = 0; entry < 20; entry++) {
                        transaction.executeWithoutResult(status -> {
                            log.record(actor, "received", null, SHA, Map.of("rows", 1));
                            log.record(actor, "loaded", null, SHA, Map.of("rows", 1));
                        });
                    }
                    return null;
                };
                done.add(writers.submit(writes));
            }
            for (Future<Object> writer : done) {
                writer.get();
            }
        } finally {
            writers.shutdown();
        }

        ChainVerification verification = chain.verify();
        assertThat(verification.intact()).isTrue();
        assertThat(verification.entries()).isEqualTo(160);
    }

    @Test
    void listsTheEntriesOfOneSubmissionOrSinceATime() {
        writeEntries(3);
        OffsetDateTime cut = jdbc.sql("SELECT occurred_at FROM audit_log WHERE chain_position = 2")
                .query(OffsetDateTime.class).single();

        assertThat(chain.list(Optional.of(cut), Optional.empty())).extracting(AuditEntry::position).containsExactly(2L, 3L);
        assertThat(chain.list(Optional.empty(), Optional.of(42L))).isEmpty();
        assertThat(chain.list(Optional.empty(), Optional.empty())).extracting(AuditEntry::actor)
                .containsExactly("Sở Công Thương Lâm Đồng 1", "Sở Công Thương Lâm Đồng 2", "Sở Công Thương Lâm Đồng 3");
    }

    private void writeEntries(int count) {
        for (int entry = 1; entry <= count; entry++) {
            log.record("Sở Công Thương Lâm Đồng " + entry, "received", null, SHA, Map.of("rows", entry, "sheet", "Dự án"));
            jdbc.sql("SELECT pg_sleep(0.002)").query(Object.class).list();
        }
    }

    /** What a superuser can do: switch the append-only trigger off, change the log, switch it on again. */
    private void superuser(String change, String trigger) {
        jdbc.sql("ALTER TABLE audit_log DISABLE TRIGGER " + trigger).update();
        jdbc.sql(change).update();
        jdbc.sql("ALTER TABLE audit_log ENABLE TRIGGER " + trigger).update();
    }
}
