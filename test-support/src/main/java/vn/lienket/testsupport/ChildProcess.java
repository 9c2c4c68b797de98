package vn.lienket.testsupport;

import java.util.Optional;

/**
 * For a JVM that a test starts (a cluster node, a loading process to kill): ends that JVM when the
 * test JVM that started it ends. Without this, a test run that is itself killed (a timeout, Ctrl-C, an
 * overrun CI job) leaves its children running and working on the database.
 *
 * <p>The test puts {@link #parentOption()} on the child's command line and the child calls
 * {@link #endWithParent()} first in its main. The pid is passed rather than looked up, because a parent
 * killed while the child JVM is still starting has already handed the child to init.
 */
public final class ChildProcess {

    /** The exit code of a child whose parent went away, as for a process ended by SIGTERM. */
    public static final int PARENT_GONE = 143;
    private static final String PARENT_PID = "lienket.test.parent-pid";

    private ChildProcess() {
    }

    /** The JVM option that tells a child started by this JVM who its parent is. */
    public static String parentOption() {
        return "-D" + PARENT_PID + "=" + ProcessHandle.current().pid();
    }

    /** Call first in the child's main: ends this JVM as soon as its parent has ended, or now if it already has. */
    public static void endWithParent() {
        String pid = System.getProperty(PARENT_PID);
        Optional<ProcessHandle> parent = pid == null ? ProcessHandle.current().parent() : ProcessHandle.of(Long.parseLong(pid));
        if (parent.isEmpty() || !parent.get().isAlive()) {
            end(pid);
        }
        parent.get().onExit().thenRun(() -> end(pid));
    }

    private static void end(String pid) {
        System.err.println("the test JVM that started this process (pid " + pid + ") has ended; ending too");
        Runtime.getRuntime().halt(PARENT_GONE);
    }
}
