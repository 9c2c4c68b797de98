package vn.lienket.schedule;

import java.util.Arrays;

/** The work the schedule runs; the name is the Quartz job and trigger name and the {@code schedule_run.task}. */
public enum ScheduledTask {
    INBOX_SCAN("inbox-scan"),
    REMINDERS("reminders"),
    SCORECARDS("scorecards"),
    MAIL_RETRY("mail-retry");

    public static final String GROUP = "lienket";

    private final String taskName;

    ScheduledTask(String taskName) {
        this.taskName = taskName;
    }

    public String taskName() {
        return taskName;
    }

    public static ScheduledTask named(String name) {
        return Arrays.stream(values()).filter(task -> task.taskName.equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no scheduled task " + name));
    }
}
