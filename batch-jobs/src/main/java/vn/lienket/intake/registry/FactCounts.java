package vn.lienket.intake.registry;

/** The fact rows a submission carries, per part, as its load staged them. */
public record FactCounts(long investmentProjects, long ocopCounts, long promotionEvents) {

    public static final FactCounts NONE = new FactCounts(0, 0, 0);

    public long total() {
        return investmentProjects + ocopCounts + promotionEvents;
    }
}
