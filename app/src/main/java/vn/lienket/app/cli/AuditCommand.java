package vn.lienket.app.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.lienket.audit.AuditChain;
import vn.lienket.audit.AuditEntry;
import vn.lienket.audit.ChainVerification;
import vn.lienket.intake.IntakeProperties;

/** {@code lienket audit verify|list}: the tamper-evident audit log as an auditor checks and reads it. */
@Command(name = "audit", mixinStandardHelpOptions = true,
        subcommands = {AuditCommand.Verify.class, AuditCommand.ListEntries.class})
class AuditCommand {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Command(name = "verify", mixinStandardHelpOptions = true)
    static class Verify extends WarehouseCommand {

        Verify(ApplicationContextLauncher application, Messages messages) {
            super(application, messages);
        }

        @Override
        protected int run(PrintWriter out) {
            ChainVerification verification = bean(AuditChain.class).verify();
            if (verification.firstBreak().isPresent()) {
                var broken = verification.firstBreak().get();
                out.println(messages.get("audit.verify.broken", broken.position(), broken.auditId(),
                        messages.get("audit.break." + broken.kind().name())));
                return ExitCodes.REJECTED;
            }
            out.println(verification.head()
                    .map(head -> messages.get("audit.verify.intact", verification.entries(), head.position(), head.entryHash()))
                    .orElseGet(() -> messages.get("audit.verify.empty")));
            return ExitCodes.SUCCESS;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true)
    static class ListEntries extends WarehouseCommand {

        @Option(names = "--since", paramLabel = "2026-04-10", descriptionKey = "lienket.audit.list.since")
        private String since;
        @Option(names = "--submission", paramLabel = "ID", descriptionKey = "lienket.audit.list.submission")
        private Long submission;

        private Optional<Function<ZoneId, OffsetDateTime>> sinceInZone;

        ListEntries(ApplicationContextLauncher application, Messages messages) {
            super(application, messages);
        }

        @Override
        protected void checkInput() {
            sinceInZone = Optional.ofNullable(since).map(text -> parse(() -> moment(text)));
        }

        @Override
        protected int run(PrintWriter out) {
            ZoneId zone = bean(IntakeProperties.class).timeZone();
            List<AuditEntry> entries = bean(AuditChain.class).list(sinceInZone.map(moment -> moment.apply(zone)),
                    Optional.ofNullable(submission));
            SummaryTable table = new SummaryTable(messages.get("audit.table.header").split("\\|"));
            for (AuditEntry entry : entries) {
                table.row(Long.toString(entry.position()), entry.occurredAt().atZoneSameInstant(zone).format(SHOWN), entry.actor(),
                        entry.action(), entry.submission().map(Object::toString).orElse("—"),
                        Optional.ofNullable(entry.fileSha256()).map(sha -> sha.substring(0, 12)).orElse("—"),
                        Optional.ofNullable(entry.details()).orElse(""), entry.entryHash().substring(0, 12));
            }
            table.print(out);
            out.println(messages.get("audit.count", entries.size()));
            return ExitCodes.SUCCESS;
        }

        /** A day ({@code 2026-04-10}) or a local time ({@code 2026-04-10T08:30}) in the configured zone, or an instant with its offset. */
        private static Function<ZoneId, OffsetDateTime> moment(String text) {
            try {
                LocalDate day = LocalDate.parse(text);
                return zone -> day.atStartOfDay(zone).toOffsetDateTime();
            } catch (DateTimeParseException notADay) {
                try {
                    LocalDateTime time = LocalDateTime.parse(text);
                    return zone -> time.atZone(zone).toOffsetDateTime();
                } catch (DateTimeParseException notALocalTime) {
                    try {
                        OffsetDateTime instant = OffsetDateTime.parse(text);
                        return zone -> instant;
                    } catch (DateTimeParseException notAnInstant) {
                        throw new IllegalArgumentException("--since " + text + ": 2026-04-10, 2026-04-10T08:30 or 2026-04-10T08:30+07:00");
                    }
                }
            }
        }
    }
}
