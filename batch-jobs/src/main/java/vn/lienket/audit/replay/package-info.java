/**
 * The auditors' replay as a partitioned Spring Batch step ({@code replayArchiveJob}): the receipts of the archive cut
 * by lineage, a province of today with the units it was made from ({@link vn.lienket.audit.replay.ReplayPlan},
 * {@link vn.lienket.audit.replay.LineagePartitioner}), each lineage replayed in receipt order by
 * {@link vn.lienket.audit.replay.ReplayPartitionWorker}, the lineages side by side ({@link vn.lienket.audit.replay.ArchiveReplay}).
 * The worker reads its receipts from its partition's execution context alone, so the same step can be run by other
 * machines with Spring Batch remote partitioning (docs/audit.md).
 */
package vn.lienket.audit.replay;
