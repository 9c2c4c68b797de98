package vn.lienket.audit.reconcile;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lienket.audit.reconcile.ReconciliationReport.DifferingRow;
import vn.lienket.audit.reconcile.ReconciliationReport.FactGroupComparison;
import vn.lienket.audit.reconcile.ReconciliationReport.ScorecardComparison;
import vn.lienket.audit.reconcile.ReconciliationReport.SubmissionComparison;
import vn.lienket.audit.reconcile.WarehouseSnapshot.FactGroup;
import vn.lienket.audit.reconcile.WarehouseSnapshot.FactRow;
import vn.lienket.audit.reconcile.WarehouseSnapshot.FactSummary;
import vn.lienket.audit.reconcile.WarehouseSnapshot.ScorecardFiles;
import vn.lienket.audit.reconcile.WarehouseSnapshot.ScorecardKey;
import vn.lienket.audit.reconcile.WarehouseSnapshot.SubmissionKey;
import vn.lienket.audit.reconcile.WarehouseSnapshot.SubmissionState;

/** Compares production with a replay of its archive (or of a range of it) made in another database. */
public final class Reconciliation {

    /** How many differing rows each side lists per fact group. */
    static final int FIRST_ROWS = 10;

    private final WarehouseSnapshot production;
    private final WarehouseSnapshot replay;

    public Reconciliation(DataSource production, DataSource replay) {
        this(production, replay, ReplayRange.all());
    }

    /** A reconciliation of the part of the history {@code range} covers (a replay of that range). */
    public Reconciliation(DataSource production, DataSource replay, ReplayRange range) {
        this.production = new WarehouseSnapshot(JdbcClient.create(production), range);
        this.replay = new WarehouseSnapshot(JdbcClient.create(replay), range);
    }

    /** True when both data sources reach the same database (a warehouse must not be reconciled with itself). */
    public boolean sameDatabase() {
        return production.identity().equals(replay.identity());
    }

    public ReconciliationReport compare() {
        List<SubmissionComparison> submissions = submissions();
        List<FactGroupComparison> factGroups = factGroups();
        List<ScorecardComparison> scorecards = scorecards();
        int differences = (int) (submissions.stream().filter(s -> !s.matches()).count()
                + factGroups.stream().filter(g -> !g.matches()).count()
                + scorecards.stream().filter(s -> !s.matches()).count());
        return new ReconciliationReport(differences == 0, differences, submissions, factGroups, scorecards);
    }

    private List<SubmissionComparison> submissions() {
        Map<SubmissionKey, SubmissionState> then = production.submissions();
        Map<SubmissionKey, SubmissionState> now = replay.submissions();
        Set<SubmissionKey> keys = new HashSet<>(then.keySet());
        keys.addAll(now.keySet());
        return keys.stream()
                .map(key -> {
                    SubmissionState before = then.get(key);
                    SubmissionState after = now.get(key);
                    String name = before != null ? before.originalFilename() : after.originalFilename();
                    return new SubmissionComparison(key.fileSha256(), key.receivedAt(), name, before == null ? null : before.id(),
                            before == null ? null : before.status(), after == null ? null : after.status(),
                            before == null ? null : before.contractVersion(), after == null ? null : after.contractVersion(),
                            before != null && after != null && before.status().equals(after.status())
                                    && before.contractVersion().equals(after.contractVersion()));
                })
                .sorted(Comparator.comparing(SubmissionComparison::receivedAt).thenComparing(SubmissionComparison::fileSha256))
                .toList();
    }

    private List<FactGroupComparison> factGroups() {
        Map<FactGroup, FactSummary> then = production.factGroups();
        Map<FactGroup, FactSummary> now = replay.factGroups();
        Set<FactGroup> groups = new HashSet<>(then.keySet());
        groups.addAll(now.keySet());
        FactSummary none = new FactSummary(0, BigDecimal.ZERO);
        return groups.stream()
                .sorted(Comparator.comparing(FactGroup::table).thenComparing(FactGroup::quarter).thenComparing(FactGroup::province))
                .map(group -> {
                    FactSummary before = then.getOrDefault(group, none);
                    FactSummary after = now.getOrDefault(group, none);
                    boolean matches = before.rows() == after.rows() && before.checksum().compareTo(after.checksum()) == 0;
                    if (matches) {
                        return new FactGroupComparison(group.table(), group.quarter(), group.province(), before.rows(), after.rows(),
                                before.checksum(), after.checksum(), true, List.of(), List.of());
                    }
                    List<FactRow> productionRows = production.rows(group);
                    List<FactRow> replayRows = replay.rows(group);
                    return new FactGroupComparison(group.table(), group.quarter(), group.province(), before.rows(), after.rows(),
                            before.checksum(), after.checksum(), false,
                            firstMissing(productionRows, replayRows), firstMissing(replayRows, productionRows));
                })
                .toList();
    }

    /** The first rows of {@code side} (in sheet and row order) the {@code other} side does not have, counting repeats. */
    static List<DifferingRow> firstMissing(List<FactRow> side, List<FactRow> other) {
        Map<String, Integer> available = new HashMap<>();
        other.forEach(row -> available.merge(row.content(), 1, Integer::sum));
        List<DifferingRow> missing = new ArrayList<>();
        for (FactRow row : side) {
            if (available.merge(row.content(), -1, Integer::sum) < 0 && missing.size() < FIRST_ROWS) {
                missing.add(new DifferingRow(row.content(), row.lineage()));
            }
        }
        return missing;
    }

    private List<ScorecardComparison> scorecards() {
        Map<ScorecardKey, ScorecardFiles> rendered = production.scorecards();
        Map<ScorecardKey, ScorecardFiles> reRendered = replay.scorecards();
        Set<ScorecardKey> keys = new HashSet<>(rendered.keySet());
        keys.addAll(reRendered.keySet());
        return keys.stream()
                .sorted(Comparator.comparing(ScorecardKey::quarter).thenComparing(ScorecardKey::kind).thenComparing(ScorecardKey::subject)
                        .thenComparing(ScorecardKey::view).thenComparing(ScorecardKey::language))
                .map(key -> {
                    ScorecardFiles before = rendered.get(key);
                    ScorecardFiles after = reRendered.get(key);
                    return new ScorecardComparison(key.kind(), key.subject(), key.quarter(), key.view(), key.language(),
                            before == null ? null : before.pdfSha256(), after == null ? null : after.pdfSha256(),
                            before == null ? null : before.xlsxSha256(), after == null ? null : after.xlsxSha256(),
                            Objects.equals(before, after));
                })
                .toList();
    }
}
