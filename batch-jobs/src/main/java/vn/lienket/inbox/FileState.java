package vn.lienket.inbox;

import java.time.Instant;

/** What one scan saw of one file in the inbox, by its path relative to the inbox ({@code /}-separated). */
public record FileState(String relativePath, long size, Instant modifiedAt) {
}
