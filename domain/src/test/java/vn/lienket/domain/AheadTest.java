package vn.lienket.domain;

import java.io.IOException;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AheadTest {

    @Test
    void theWorkRunsOnItsOwnThreadWhileTheCallerGoesOn() throws Exception {
        CountDownLatch callerWentOn = new CountDownLatch(1);
        Ahead<String> ahead = Ahead.start("lienket-test-ahead", () -> {
            callerWentOn.await();
            return Thread.currentThread().getName();
        });

        assertThat(ahead.done()).as("still waiting for the caller").isFalse();
        callerWentOn.countDown();

        assertThat(ahead.get()).isEqualTo("lienket-test-ahead");
        assertThat(ahead.done()).isTrue();
        assertThat(ahead.result()).contains("lienket-test-ahead");
    }

    @Test
    void aFailureIsThrownToTheTakerAsItWasOrLeftToTheTakerToRedo() {
        Ahead<String> unchecked = Ahead.start("lienket-test-ahead", () -> {
            throw new IllegalArgumentException("no such province");
        });
        Ahead<String> checked = Ahead.now(() -> {
            throw new IOException("disk full");
        });

        assertThatThrownBy(unchecked::get).isInstanceOf(IllegalArgumentException.class).hasMessage("no such province");
        assertThatThrownBy(checked::get).isInstanceOf(IllegalStateException.class).hasMessage("disk full")
                .hasCauseInstanceOf(IOException.class);
        assertThat(unchecked.result()).isEmpty();
        assertThat(checked.result()).isEmpty();
    }
}
