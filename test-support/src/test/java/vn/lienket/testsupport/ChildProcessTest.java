package vn.lienket.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** A test JVM killed outright (kill -9) takes the processes it started with it. */
class ChildProcessTest {

    @Test
    void aChildEndsWhenTheTestJvmThatStartedItIsKilled() throws Exception {
        Process testJvm = java(StartsAChild.class).start();
        long childPid;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(testJvm.getInputStream(), StandardCharsets.UTF_8))) {
            childPid = Long.parseLong(out.readLine().trim());
        }
        ProcessHandle child = ProcessHandle.of(childPid).orElseThrow();
        assertThat(child.isAlive()).isTrue();

        testJvm.destroyForcibly().waitFor(10, TimeUnit.SECONDS);

        Optional<ProcessHandle> ended = Optional.empty();
        try {
            child.onExit().get(20, TimeUnit.SECONDS);
            ended = Optional.of(child);
        } finally {
            if (ended.isEmpty()) {
                child.destroyForcibly();
            }
        }
        assertThat(child.isAlive()).as("the child of the killed JVM").isFalse();
    }

    private static ProcessBuilder java(Class<?> main) {
        return new ProcessBuilder(List.of(ProcessHandle.current().info().command().orElse("java"), "-Xmx32m",
                ChildProcess.parentOption(), "-cp", System.getProperty("java.class.path"), main.getName()));
    }

    /** Stands in for a test JVM: starts a child, says its pid, and waits to be killed. */
    public static final class StartsAChild {
        public static void main(String[] args) throws Exception {
            Process child = java(SleepingChild.class).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            System.out.println(child.pid());
            System.out.flush();
            Thread.sleep(TimeUnit.MINUTES.toMillis(2));
        }
    }

    /** Stands in for a cluster node or a loading process. */
    public static final class SleepingChild {
        public static void main(String[] args) throws Exception {
            ChildProcess.endWithParent();
            Thread.sleep(TimeUnit.MINUTES.toMillis(2));
        }
    }
}
