package vn.lienket.app.cli;

import java.io.Console;
import java.lang.reflect.Method;

import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * The one way commands show progress: a bar on a terminal, nothing at all when the output goes to a
 * pipe, a file or a log (carriage-return frames would only clutter them).
 */
public final class Progress {

    private Progress() {
    }

    public static ProgressBar bar(String task, long steps) {
        ProgressBarBuilder builder = new ProgressBarBuilder().setTaskName(task).setInitialMax(steps)
                .setStyle(ProgressBarStyle.ASCII);
        if (onTerminal()) {
            builder.continuousUpdate();
        } else {
            builder.setConsumer(new DelegatingProgressBarConsumer(frame -> { }));
        }
        return builder.build();
    }

    /**
     * Whether the process talks to a terminal. Up to JDK 21 {@link System#console()} is null unless it
     * does; from JDK 22 it always exists and {@code Console.isTerminal()} tells.
     */
    static boolean onTerminal() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (NoSuchMethodException e) {
            return true;
        } catch (ReflectiveOperationException e) {
            return false;
        }
    }
}
