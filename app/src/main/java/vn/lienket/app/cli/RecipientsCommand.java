package vn.lienket.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.lienket.distribution.DistributionList;
import vn.lienket.distribution.Recipients;

/** {@code lienket recipients add|list|remove}: the distribution lists of programmes and provinces. */
@Command(name = "recipients", mixinStandardHelpOptions = true,
        subcommands = {RecipientsCommand.Add.class, RecipientsCommand.ListRecipients.class, RecipientsCommand.Remove.class})
class RecipientsCommand {

    @Command(name = "add", mixinStandardHelpOptions = true)
    static class Add extends WarehouseCommand {

        @Mixin
        private ListAndEmail entry;
        @Option(names = "--name", paramLabel = "NAME", descriptionKey = "lienket.recipients.name")
        private String name;

        Add(ApplicationContextLauncher application, Messages messages) {
            super(application, messages);
        }

        @Override
        protected int run(PrintWriter out) {
            DistributionList target = entry.list();
            boolean added;
            try {
                added = bean(Recipients.class).add(target, entry.email, Optional.ofNullable(name));
            } catch (IllegalArgumentException e) {
                throw new UnusableInputException(e.getMessage());
            }
            out.println(messages.get(added ? "recipients.added" : "recipients.already", entry.email, target));
            return ExitCodes.SUCCESS;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true)
    static class ListRecipients extends WarehouseCommand {

        @Parameters(index = "0", arity = "0..1", paramLabel = "LIST", descriptionKey = "lienket.recipients.list")
        private String list;

        ListRecipients(ApplicationContextLauncher application, Messages messages) {
            super(application, messages);
        }

        @Override
        protected int run(PrintWriter out) {
            Optional<DistributionList> filter = Optional.ofNullable(list).map(RecipientsCommand::parse);
            List<Recipients.Recipient> recipients = bean(Recipients.class).list(filter);
            SummaryTable table = new SummaryTable(messages.get("recipients.table.header").split("\\|"));
            recipients.forEach(r -> table.row(r.list().toString(), r.email(), r.displayName().orElse("")));
            table.print(out);
            out.println(messages.get("recipients.count", recipients.size()));
            return ExitCodes.SUCCESS;
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true)
    static class Remove extends WarehouseCommand {

        @Mixin
        private ListAndEmail entry;

        Remove(ApplicationContextLauncher application, Messages messages) {
            super(application, messages);
        }

        @Override
        protected int run(PrintWriter out) {
            DistributionList target = entry.list();
            boolean removed = bean(Recipients.class).remove(target, entry.email);
            out.println(messages.get(removed ? "recipients.removed" : "recipients.notOnList", entry.email, target));
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
