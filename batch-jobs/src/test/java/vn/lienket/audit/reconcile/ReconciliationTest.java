package vn.lienket.audit.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import vn.lienket.audit.reconcile.ReconciliationReport.DifferingRow;
import vn.lienket.audit.reconcile.WarehouseSnapshot.FactRow;

class ReconciliationTest {

    @Test
    void aRowIsMissingFromTheOtherSideAsOftenAsItIsRepeatedThere() {
        List<FactRow> production = List.of(row("A", 5), row("B", 6), row("B", 7), row("C", 8));
        List<FactRow> replay = List.of(row("B", 6), row("A", 5), row("C", 8));

        assertThat(Reconciliation.firstMissing(production, replay)).extracting(DifferingRow::content, r -> r.lineage().row())
                .containsExactly(tuple("B", 7));
        assertThat(Reconciliation.firstMissing(replay, production)).isEmpty();
    }

    @Test
    void listsAtMostTheFirstRowsInSheetAndRowOrder() {
        List<FactRow> production = IntStream.rangeClosed(1, 25).mapToObj(i -> row("row " + i, i)).toList();

        assertThat(Reconciliation.firstMissing(production, List.of())).hasSize(Reconciliation.FIRST_ROWS)
                .first().extracting(r -> r.lineage().row()).isEqualTo(1);
    }

    private static FactRow row(String content, int sourceRow) {
        return new FactRow(content, new Lineage(3, "P34-68-2026-Q1.xlsx", "ab".repeat(32), "DuAn", sourceRow));
    }
}
