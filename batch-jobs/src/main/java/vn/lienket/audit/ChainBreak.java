package vn.lienket.audit;

/**
 * The first place the audit log's chain does not hold.
 *
 * @param position the chain position at which the break is found
 * @param auditId  the id of the entry found there
 */
public record ChainBreak(long position, long auditId, Kind kind) {

    /** What is wrong at that position. */
    public enum Kind {
        /** The entry's content no longer gives its recorded hash: it was changed after it was written. */
        CONTENT_ALTERED,
        /** The entry does not name the hash of the entry before it: an entry before it was changed or replaced. */
        LINK_BROKEN,
        /** Positions are missing before this entry: entries were deleted. */
        ENTRIES_MISSING
    }
}
