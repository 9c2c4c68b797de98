package vn.lienket.app.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.lienket.deadline.DeadlinePolicy;
import vn.lienket.deadline.DeadlineRefusedException;
import vn.lienket.deadline.QuarterDeadlines;
import vn.lienket.domain.Quarter;
import vn.lienket.domain.VietnameseDates;

/**
 * {@code lienket deadlines set|remove|list}: a quarter's deadline set apart from the rule, with its reason, and
 * removed again so that the rule applies.
 */
@Command(name = "deadlines", mixinStandardHelpOptions = true,
        subcommands = {DeadlinesCommand.Set.class, DeadlinesCommand.Remove.class, DeadlinesCommand.ListDeadlines.class})
class DeadlinesCommand {

    @Command(name = "set", mixinStandardHelpOptions = true)
    static class Set extends WarehouseCommand {

        @Option(names = "--quarter", required = true, paramLabel = "2026-Q3", descriptionKey = "lienket.deadlines.quarter")
        private String quarter;
        @Option(names = "--date", required = true, paramLabel = "2026-10-31", descriptionKey = "lienket.deadlines.date")
        private String date;
        @Option(names = "--reason", required = true, paramLabel = "TEXT", descriptionKey = "lienket.deadlines.reason")
        private String reason;

        Set(ApplicationContextLauncher application, Messages messages) {
            super(application, messages);
        }

        @Override
        protected int run(PrintWriter out) {
            Quarter period = quarter(quarter, messages);
            LocalDate day;
            try {
                day = LocalDate.parse(date);
            } catch (DateTimeParseException e) {
                throw new UnusableInputException(messages.get("deadlines.invalidDate", date));
            }
            QuarterDeadlines.SetDeadline set;
            try {
                set = bean(QuarterDeadlines.class).set(period, day, reason, operator());
            } catch (DeadlineRefusedException e) {
                throw new UnusableInputException(messages.get(e.messageKey(), e.arguments()));
            }
            out.println(messages.get("deadlines.saved", set.quarter(), set.deadline().format(VietnameseDates.DAY)));
            return ExitCodes.SUCCESS;
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true)
    static class Remove extends WarehouseCommand {

        @Option(names = "--quarter", required = true, paramLabel = "2026-Q3", descriptionKey = "lienket.deadlines.quarter")
        private String quarter;

        Remove(ApplicationContextLauncher application, Messages messages) {
            super(application, messages);
        }

        @Override
        protected int run(PrintWriter out) {
            Quarter period = quarter(quarter, messages);
            QuarterDeadlines deadlines = bean(QuarterDeadlines.class);
            Optional<QuarterDeadlines.SetDeadline> removed = deadlines.remove(period, operator());
            String rule = deadlines.policy().ruleDeadline(period).format(VietnameseDates.DAY);
            out.println(removed.isPresent()
                    ? messages.get("deadlines.removed", period, removed.get().deadline().format(VietnameseDates.DAY), rule)
                    : messages.get("deadlines.noneSet", period, rule));
            return removed.isPresent() ? ExitCodes.SUCCESS : ExitCodes.REJECTED;
        }
    }

    private static Quarter quarter(String text, Messages messages) {
        try {
            return Quarter.parse(text);
        } catch (IllegalArgumentException e) {
            throw new UnusableInputException(messages.get("deadlines.invalidQuarter", text));
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true)
    static class ListDeadlines extends WarehouseCommand {

        ListDeadlines(ApplicationContextLauncher application, Messages messages) {
            super(application, messages);
        }

        @Override
        protected int run(PrintWriter out) {
            QuarterDeadlines deadlines = bean(QuarterDeadlines.class);
            DeadlinePolicy policy = deadlines.policy();
            out.println(messages.get("deadlines.rule", policy.daysAfterQuarterEnd(),
                    policy.remindDaysBefore().stream().map(String::valueOf).collect(Collectors.joining(", "))));
            List<QuarterDeadlines.SetDeadline> set = deadlines.list();
            SummaryTable table = new SummaryTable(messages.get("deadlines.table.header").split("\\|"));
            set.forEach(d -> table.row(d.quarter().toString(), d.deadline().format(VietnameseDates.DAY), policy.ruleDeadline(d.quarter()).format(VietnameseDates.DAY),
                    d.reason(), d.setBy()));
            table.print(out);
            out.println(messages.get("deadlines.count", set.size()));
            return ExitCodes.SUCCESS;
        }
    }
}
