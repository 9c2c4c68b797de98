package vn.lienket.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.lienket.app.database.WarehouseMigrator;
import vn.lienket.distribution.DistributionList;
import vn.lienket.distribution.Recipients;

/** {@code lienket recipients add|list|remove}: the distribution lists of programmes and provinces. */
@Command(name = "recipients", mixinStandardHelpOptions = true,
        subcommands = {RecipientsCommand.Add.class, RecipientsCommand.ListRecipients.class, RecipientsCommand.Remove.class})
class RecipientsCommand {

    @Command(name = "add", mixinStandardHelpOptions = true)
    static class Add implements Callable<Integer> {

        private final ApplicationContextLauncher application;
        private final Messages messages;
        @Spec
        private CommandSpec spec;
        @Mixin
        private ListAndEmail entry;
        @Option(names = "--name", paramLabel = "NAME", descriptionKey = "lienket.recipients.name")
        private String name;

        Add(ApplicationContextLauncher application, Messages messages) {
            this.application = application;
            this.messages = messages;
        }

        @Override
        public Integer call() {
            DistributionList target = entry.list();
            application.bean(WarehouseMigrator.class).migrate();
            boolean added;
            try {
                added = application.bean(Recipients.class).add(target, entry.email, Optional.ofNullable(name));
            } catch (IllegalArgumentException e) {
                throw new UnusableInputException(e.getMessage());
            }
            spec.commandLine().getOut().println(messages.get(added ? "recipients.added" : "recipients.already", entry.email, target));
            return ExitCodes.SUCCESS;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true)
    static class ListRecipients implements Callable<Integer> {

        private final ApplicationContextLauncher application;
        private final Messages messages;
        @Spec
        private CommandSpec spec;
        @Parameters(index = "0", arity = "0..1", paramLabel = "LIST", descriptionKey = "lienket.recipients.list")
        private String list;

        ListRecipients(ApplicationContextLauncher application, Messages messages) {
            this.application = application;
            this.messages = messages;
        }

        @Override
        public Integer call() {
            Optional<DistributionList> filter = Optional.ofNullable(list).map(RecipientsCommand::parse);
            application.bean(WarehouseMigrator.class).migrate();
            List<Recipients.Recipient> recipients = application.bean(Recipients.class).list(filter);
            SummaryTable table = new SummaryTable(messages.get("recipients.table.header").split("\\|"));
            recipients.forEach(r -> table.row(r.list().toString(), r.email(), r.displayName().orElse("")));
            PrintWriter out = spec.commandLine().getOut();
            table.print(out);
            out.println(messages.get("recipients.count", recipients.size()));
            return ExitCodes.SUCCESS;
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true)
    static class Remove implements Callable<Integer> {

        private final ApplicationContextLauncher application;
        private final Messages messages;
        @Spec
        private CommandSpec spec;
        @Mixin
        private ListAndEmail entry;

        Remove(ApplicationContextLauncher application, Messages messages) {
            this.application = application;
            this.messages = messages;
        }

        @Override
        public Integer call() {
            DistributionList target = entry.list();
            application.bean(WarehouseMigrator.class).migrate();
            boolean removed = application.bean(Recipients.class).remove(target, entry.email);
            spec.commandLine().getOut().println(messages.get(removed ? "recipients.removed" : "recipients.notOnList", entry.email, target));
            return removed ? ExitCodes.SUCCESS : ExitCodes.REJECTED;
        }
    }

    /** The two positional parameters of {@code add} and {@code remove}. */
    static class ListAndEmail {
        @Parameters(index = "0", paramLabel = "LIST", descriptionKey = "lienket.recipients.list")
        private String list;
        @Parameters(index = "1", paramLabel = "EMAIL", descriptionKey = "lienket.recipients.email")
        private String email;

        DistributionList list() {
            return parse(list);
        }
    }

    private static DistributionList parse(String text) {
        try {
            return DistributionList.parse(text);
        } catch (IllegalArgumentException e) {
            throw new UnusableInputException(e.getMessage());
        }
    }
}
