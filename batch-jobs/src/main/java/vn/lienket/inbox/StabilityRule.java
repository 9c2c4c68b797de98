package vn.lienket.inbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Decides which files are complete. A half-written file must never be read, and the inbox cannot
 * know when a copy ends, so a file is ready when either
 * <ul>
 *   <li>the previous scan saw it with the same size and modification time (it stopped changing), or</li>
 *   <li>the previous scan saw a temporary name for it ({@code report.xlsx.part}) that is now gone: the
 *       uploader wrote it under that name and renamed it when done, which SFTP clients and
 *       {@code rsync} do.</li>
 * </ul>
 * Files under a temporary name are never ready themselves.
 */
public final class StabilityRule {

    private final List<String> temporarySuffixes;

    public StabilityRule(List<String> temporarySuffixes) {
        this.temporarySuffixes = temporarySuffixes.stream().map(s -> s.toLowerCase(Locale.ROOT)).toList();
    }

    public boolean isTemporary(String relativePath) {
        String lower = relativePath.toLowerCase(Locale.ROOT);
        return temporarySuffixes.stream().anyMatch(lower::endsWith);
    }

    /** The files of {@code current} that may be read now, given what the previous scan saw. */
    public List<FileState> ready(Map<String, FileState> previous, List<FileState> current) {
        List<String> currentPaths = current.stream().map(FileState::relativePath).toList();
        List<FileState> ready = new ArrayList<>();
        for (FileState file : current) {
            if (isTemporary(file.relativePath())) {
                continue;
            }
            FileState before = previous.get(file.relativePath());
            boolean unchanged = before != null && before.size() == file.size() && before.modifiedAt().equals(file.modifiedAt());
            if (unchanged || renamedFromTemporary(file, previous, currentPaths)) {
                ready.add(file);
            }
        }
        return ready;
    }

    private boolean renamedFromTemporary(FileState file, Map<String, FileState> previous, List<String> currentPaths) {
        if (previous.containsKey(file.relativePath())) {
            return false;
        }
        return previous.keySet().stream()
                .filter(path -> !currentPaths.contains(path))
                .anyMatch(path -> temporarySuffixes.stream()
                        .anyMatch(suffix -> path.equalsIgnoreCase(file.relativePath() + suffix)));
    }
}
