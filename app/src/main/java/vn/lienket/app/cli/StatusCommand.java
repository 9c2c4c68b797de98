package vn.lienket.app.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import picocli.CommandLine.Command;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Option;
import vn.lienket.deadline.DeadlinePolicy;
import vn.lienket.distribution.DistributionList;
import vn.lienket.distribution.Recipients;
import vn.lienket.deadline.Standing;
import vn.lienket.deadline.SubmissionBoard;
import vn.lienket.domain.Quarter;
import vn.lienket.domain.VietnameseDates;
import vn.lienket.intake.IntakeProperties;
import vn.lienket.schedule.ScheduleRuns;

/**
 * {@code lienket status}: the schedule (next fires, last runs on any node) and where each member
 * province stands for the quarter being reported on, and which provinces and programmes have nobody to
 * mail. Reads the database only; no scheduler needs to run.
 */
@Command(name = "status", mixinStandardHelpOptions = true)
class StatusCommand extends WarehouseCommand {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final Map<Standing, String> COLOURS = Map.of(Standing.ON_TIME, "green", Standing.LATE, "yellow",
            Standing.REJECTED, "red", Standing.MISSING, "red,bold", Standing.AWAITED, "faint");
    @Option(names = "--quarter", paramLabel = "2025-Q3", descriptionKey = "lienket.status.quarter")
    private String quarter;

    StatusCommand(ApplicationContextLauncher application, Messages messages) {
        super(application, messages);
    }

    @Override
    protected int run(PrintWriter out) {
        ZoneId zone = bean(IntakeProperties.class).timeZone();
        ScheduleRuns runs = bean(ScheduleRuns.class);

        out.println(messages.get("status.schedule.heading"));
        SummaryTable schedule = new SummaryTable(messages.get("status.schedule.header").split("\\|"));
        runs.nextFires().forEach(fire -> schedule.row(fire.task(), String.valueOf(fire.cron()), String.valueOf(fire.timeZone()),
                fire.nextFireAt().map(at -> time(at, zone)).orElse("—"), fire.state()));
        schedule.print(out);

        out.println();
        out.println(messages.get("status.runs.heading"));
        SummaryTable history = new SummaryTable(messages.get("status.runs.header").split("\\|"));
        runs.latest().forEach(run -> history.row(run.task(), time(run.scheduledFireAt(), zone), time(run.startedAt(), zone),
                run.node() + (run.recovering() ? " ↻" : ""), run.outcome().orElse(messages.get("status.runs.running")),
                run.summary().orElse("")));
        history.print(out);

        SubmissionBoard board = bean(SubmissionBoard.class);
        DeadlinePolicy policy = board.policy();
        LocalDate today = LocalDate.now(bean(Clock.class));
        Quarter reported = quarter == null ? policy.reportingQuarter(today) : parseQuarter(quarter);
        List<SubmissionBoard.ProvinceStanding> rows = board.board(reported, today);
        out.println();
        out.println(messages.get("status.board.heading", reported, policy.deadline(reported).format(VietnameseDates.DAY)));
        SummaryTable provinces = new SummaryTable(messages.get("status.board.header").split("\\|"));
        Map<Standing, Integer> counts = new EnumMap<>(Standing.class);
        for (SubmissionBoard.ProvinceStanding row : rows) {
            counts.merge(row.standing(), 1, Integer::sum);
            provinces.row(row.province().toString(), row.nameVi(), row.programmes(), standing(row.standing()),
                    row.acceptedOn().map(VietnameseDates.DAY::format).orElse("—"));
        }
        provinces.print(out);
        StringBuilder summary = new StringBuilder();
        for (Standing standing : Standing.values()) {
            String part = standing(standing) + " " + counts.getOrDefault(standing, 0);
            summary.append(summary.isEmpty() ? "" : " · ").append("@|").append(COLOURS.get(standing)).append(' ').append(part).append("|@");
        }
        out.println(Ansi.AUTO.string(summary.toString()));
        printListsWithoutRecipients(out, rows);
        return ExitCodes.SUCCESS;
    }

    /** A province or programme nobody receives mail for gets no rejection notice, reminder or scorecard. */
    private void printListsWithoutRecipients(PrintWriter out, List<SubmissionBoard.ProvinceStanding> rows) {
        Set<DistributionList> served = bean(Recipients.class).list(Optional.empty()).stream()
                .map(Recipients.Recipient::list).collect(Collectors.toSet());
        List<String> provinces = rows.stream().map(SubmissionBoard.ProvinceStanding::province)
                .filter(province -> !served.contains(new DistributionList.Province(province)))
                .map(Object::toString).toList();
        List<String> programmes = rows.stream()
                .flatMap(row -> Arrays.stream(row.programmes().split(",\\s*")))
                .filter(code -> !code.isBlank()).distinct().sorted()
                .filter(code -> !served.contains(new DistributionList.Programme(code)))
                .toList();
        out.println();
        if (provinces.isEmpty() && programmes.isEmpty()) {
            out.println(messages.get("status.recipients.complete"));
            return;
        }
        out.println(messages.get("status.recipients.missing",
                provinces.isEmpty() ? "—" : String.join(", ", provinces),
                programmes.isEmpty() ? "—" : String.join(", ", programmes)));
    }

    private String standing(Standing standing) {
        return messages.get("standing." + standing.code());
    }

    private static String time(Instant instant, ZoneId zone) {
        return instant.atZone(zone).format(TIME);
    }

    private static Quarter parseQuarter(String text) {
        try {
            return Quarter.parse(text);
        } catch (IllegalArgumentException e) {
            throw new UnusableInputException(e.getMessage());
        }
    }
}
