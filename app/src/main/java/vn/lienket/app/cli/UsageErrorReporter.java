package vn.lienket.app.cli;

import java.io.PrintWriter;
import java.util.stream.Collectors;

import picocli.CommandLine;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A command line that cannot be parsed, said in the user's language: a missing command, a word or option that is not
 * understood (with the commands or options it may have been meant as), a required option or parameter left out; then
 * the usage of the command concerned, and exit code 2. Other refusals (a value of the wrong kind, an option given
 * twice) keep picocli's own sentence after the prefix; the ones this application raises are already in the user's
 * language.
 */
final class UsageErrorReporter implements CommandLine.IParameterExceptionHandler {

    /** The sentence picocli uses when a command that has sub-commands is run without one. */
    private static final String MISSING_SUBCOMMAND = "Missing required subcommand";

    private final Messages messages;

    UsageErrorReporter(Messages messages) {
        this.messages = messages;
    }

    @Override
    public int handleParseException(ParameterException refusal, String[] args) {
        CommandLine command = refusal.getCommandLine();
        PrintWriter err = command.getErr();
        err.println(messages.get("error.prefix") + " " + sentence(refusal));
        if (refusal instanceof UnmatchedArgumentException unmatched && !unmatched.getSuggestions().isEmpty()) {
            err.println(messages.get("usage.error.suggestions", String.join(", ", unmatched.getSuggestions())));
        } else {
            command.usage(err);
        }
        return ExitCodes.UNUSABLE_INPUT;
    }

    String sentence(ParameterException refusal) {
        if (refusal instanceof UnmatchedArgumentException unmatched) {
            return messages.get("usage.error.unmatched", unmatched.getUnmatched().get(0));
        }
        if (refusal instanceof MissingParameterException missing) {
            return messages.get("usage.error.missing", missing.getMissing().stream().map(UsageErrorReporter::shown)
                    .collect(Collectors.joining(", ")));
        }
        if (refusal.getClass() == ParameterException.class && String.valueOf(refusal.getMessage()).startsWith(MISSING_SUBCOMMAND)) {
            return messages.get("usage.error.missingCommand");
        }
        return refusal.getMessage();
    }

    /** An option as its longest name and the label of its value ({@code --province=P34:68}), a parameter as its label. */
    private static String shown(ArgSpec arg) {
        if (arg instanceof OptionSpec option) {
            return option.typeInfo().isBoolean() ? option.longestName() : option.longestName() + "=" + option.paramLabel();
        }
        return arg.paramLabel();
    }
}
