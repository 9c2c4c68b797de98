package vn.lienket.app.cli;

/**
 * The settings of an application that replays the archive with {@code parallel} lineages at once: that many lineages
 * ({@code lienket.replay.parallel}), as many simultaneous loads in the intake (each lineage loads one file at a time)
 * and connections enough for them (a load holds its lock's connection and its job's at the same moment). For
 * {@code lienket replay --parallel} and {@code lienket bench replay}.
 */
public final class ReplayTargets {

    private ReplayTargets() {
    }

    /** Applies the settings to {@code target} before it starts; {@code null} leaves the configured ones. */
    public static void replayingSideBySide(ApplicationContextLauncher target, Integer parallel) {
        if (parallel != null) {
            target.override("lienket.replay.parallel", parallel);
            target.override("lienket.intake.parallel-loads", parallel);
            target.override("spring.datasource.hikari.maximum-pool-size", Math.max(10, 4 * parallel + 2));
        }
    }
}
