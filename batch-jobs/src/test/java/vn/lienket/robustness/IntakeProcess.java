package vn.lienket.robustness;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.lienket.intake.IntakeTestApplication;
import vn.lienket.intake.SubmissionIntake;
import vn.lienket.intake.SubmissionIntake.IntakeResult;
import vn.lienket.testsupport.ChildProcess;

/**
 * The loading process of the robustness tests, run in a child JVM (small heap, killable): boots the
 * intake as the application does and loads the files of a manifest through
 * {@link SubmissionIntake#load}, one line per file in the results file as soon as it is done.
 * Manifest lines are {@code id<TAB>group<TAB>path}; consecutive lines of one group are loaded at the
 * same moment from separate threads. Any exception is written as the file's outcome, so the process
 * survives every file and exits 0 unless the intake itself could not start.
 */
public final class IntakeProcess {

    static final String UPLOADER = "robustness-test";

    private IntakeProcess() {
    }

    public static void main(String[] args) throws Exception {
        ChildProcess.endWithParent();
        Path manifest = Path.of(args[0]);
        Path results = Path.of(args[1]);
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(IntakeTestApplication.class)
                .web(WebApplicationType.NONE).run();
             BufferedWriter out = Files.newBufferedWriter(results, StandardCharsets.UTF_8,
                     StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
            SubmissionIntake intake = context.getBean(SubmissionIntake.class);
            for (List<String[]> group : groups(manifest)) {
                for (String line : loadTogether(intake, group)) {
                    out.write(line);
                    out.newLine();
                    out.flush();
                }
            }
        }
    }

    private static List<List<String[]>> groups(Path manifest) throws IOException {
        Map<String, List<String[]>> groups = new LinkedHashMap<>();
        int position = 0;
        String previousGroup = null;
        for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
            String[] fields = line.split("\t", 3);
            if (!fields[1].equals(previousGroup)) {
                position++;
                previousGroup = fields[1];
            }
            groups.computeIfAbsent(position + "/" + fields[1], key -> new ArrayList<>()).add(fields);
        }
        return List.copyOf(groups.values());
    }

    private static List<String> loadTogether(SubmissionIntake intake, List<String[]> group) throws Exception {
        if (group.size() == 1) {
            return List.of(load(intake, group.get(0)));
        }
        ExecutorService threads = Executors.newFixedThreadPool(group.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<String>> loads = new ArrayList<>();
            for (String[] entry : group) {
                loads.add(threads.submit(() -> {
                    start.await();
                    return load(intake, entry);
                }));
            }
            start.countDown();
            List<String> lines = new ArrayList<>();
            for (Future<String> load : loads) {
                lines.add(load.get());
            }
            return lines;
        } finally {
            threads.shutdown();
        }
    }

    /**
     * {@code id<TAB>ok<TAB>submissionId<TAB>alreadyProcessed} or
     * {@code id<TAB>failed<TAB>exception class<TAB>message<TAB>causes}, the causes being each cause's class, SQL state
     * (when it has one) and message, so a test can tell what failed from the cause's own words.
     */
    private static String load(SubmissionIntake intake, String[] entry) {
        try {
            IntakeResult result = intake.load(Path.of(entry[2]), UPLOADER);
            return String.join("\t", entry[0], "ok", String.valueOf(result.submission().id()),
                    String.valueOf(result.alreadyProcessed()));
        } catch (RuntimeException | Error e) {
            return String.join("\t", entry[0], "failed", e.getClass().getName(), oneLine(e.getMessage()), causes(e));
        }
    }

    private static String causes(Throwable failure) {
        List<String> causes = new ArrayList<>();
        for (Throwable cause = failure.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            String state = cause instanceof SQLException sql && sql.getSQLState() != null ? "[" + sql.getSQLState() + "]" : "";
            causes.add(cause.getClass().getName() + state + ": " + oneLine(cause.getMessage()));
        }
        return String.join(" <- ", causes);
    }

    private static String oneLine(String text) {
        return String.valueOf(text).replaceAll("\\s+", " ");
    }
}
