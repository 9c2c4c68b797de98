package vn.lienket.render;

import java.util.function.Consumer;

import org.springframework.stereotype.Component;

/**
 * Tells whoever started a render (the command line's progress bar) about each scorecard written. The job runs on
 * the caller's thread (synchronous job operator), so the caller's listener is found through a thread-local.
 */
@Component
public class RenderProgress {

    private final ThreadLocal<Consumer<ScorecardRecord>> listener = new ThreadLocal<>();

    void written(ScorecardRecord scorecard) {
        Consumer<ScorecardRecord> current = listener.get();
        if (current != null) {
            current.accept(scorecard);
        }
    }

    void listen(Consumer<ScorecardRecord> onWritten) {
        listener.set(onWritten);
    }

    void stop() {
        listener.remove();
    }
}
