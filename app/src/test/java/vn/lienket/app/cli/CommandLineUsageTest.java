package vn.lienket.app.cli;

import java.nio.file.Files;
import java.util.List;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import vn.lienket.app.cli.LienketCommand.Subcommand;
import vn.lienket.app.home.InstallationHome;

import static org.assertj.core.api.Assertions.assertThat;

class CommandLineUsageTest {

    private final CliRun cli = new CliRun(null);

    @Test
    void versionNamesTheProduct() {
        CliRun.Result result = cli.run("--version");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("Liên kết");
    }

    @Test
    void helpIsInVietnameseAndListsTheDatabaseCommands() {
        CliRun.Result result = cli.run("--help");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("Cách dùng:", "Lệnh:", "db", "Mã thoát");
    }

    @Test
    void anUnknownOptionIsAUsageErrorWithExitCodeTwo() {
        CliRun.Result result = cli.run("db", "migrate", "--no-such-option");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.UNUSABLE_INPUT);
        assertThat(result.err()).contains("--no-such-option");
    }

    @Test
    void aLineThatCannotBeParsedIsSaidInVietnameseAndInEnglishOnRequest() {
        CliRun.Result nothing = cli.run();
        assertThat(nothing.exitCode()).isEqualTo(ExitCodes.UNUSABLE_INPUT);
        assertThat(nothing.err()).contains("Lỗi: Chưa nêu lệnh nào", "Cách dùng:", "template").doesNotContain("Missing");

        CliRun.Result missingOption = cli.run("template", "--quarter", "2026-Q3");
        assertThat(missingOption.exitCode()).isEqualTo(ExitCodes.UNUSABLE_INPUT);
        assertThat(missingOption.err()).contains("Lỗi: Thiếu --province=P34:68.").doesNotContain("Missing");

        CliRun.Result typo = cli.run("chek", "tep.xlsx");
        assertThat(typo.err()).contains("Không hiểu 'chek' trên dòng lệnh", "Có phải ý bạn là: check").doesNotContain("Did you mean");

        CliRun.Result english = cli.run("--lang", "en", "chek");
        assertThat(english.err()).contains("Error: 'chek' is not understood", "Did you mean: check");
    }

    @Test
    void langEnAsksForEnglishWhereverItStandsOnTheLine() {
        CliRun.Result help = cli.run("--lang", "en", "--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("Usage:", "Commands:").doesNotContain("Cách dùng");

        CliRun.Result missing = cli.run("check", "/no/such/workbook.xlsx", "--lang", "en");
        assertThat(missing.exitCode()).isEqualTo(ExitCodes.UNUSABLE_INPUT);
        assertThat(missing.err()).contains("Error:", "/no/such/workbook.xlsx").doesNotContain("Lỗi");
    }

    @Test
    void anUnknownLanguageIsAUsageError() {
        CliRun.Result result = cli.run("--lang", "fr", "--version");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.UNUSABLE_INPUT);
        assertThat(result.err()).contains("--lang fr");
    }

    @Test
    void aSubCommandIsFoundAfterTheLanguageAndAMistypedOneGetsASuggestion() {
        CliRun.Result missing = cli.run("--lang", "en", "check", "/no/such/workbook.xlsx");
        assertThat(missing.exitCode()).isEqualTo(ExitCodes.UNUSABLE_INPUT);
        assertThat(missing.err()).contains("/no/such/workbook.xlsx").doesNotContain("Lỗi");

        CliRun.Result typo = cli.run("chek", "/no/such/workbook.xlsx");
        assertThat(typo.exitCode()).isEqualTo(ExitCodes.UNUSABLE_INPUT);
        assertThat(typo.err()).contains("check");
    }

    @Test
    void helpListsEveryCommandAsItsOwnClassDescribesIt() throws Exception {
        // the help lists the commands without loading their classes: it must print what they would
        InstallationHome home = new InstallationHome(Files.createTempDirectory("lienket-home-"));
        for (String language : List.of("vi", "en")) {
            Messages messages = Messages.forCommandLine(new String[] {"--lang", language});
            try (ApplicationContextLauncher launcher = new ApplicationContextLauncher(home, ApplicationContextLauncher.NO_CUSTOMIZATION)) {
                CommandLine withClasses = new CommandLine(new LienketCommand(), new CommandFactory(launcher, messages));
                for (Subcommand command : Subcommand.values()) {
                    withClasses.addSubcommand(command.commandName(), command.type());
                }
                withClasses.setResourceBundle(messages.bundle());
                assertThat(cli.run("--lang", language, "--help").out()).isEqualTo(withClasses.getUsageMessage());
            }
        }
    }

    @Test
    void everyCommandIsCalledWhatItsClassCallsItself() {
        for (Subcommand command : Subcommand.values()) {
            assertThat(command.type().getAnnotation(Command.class).name()).isEqualTo(command.commandName());
            assertThat(cli.run(command.commandName(), "--help").exitCode()).isZero();
        }
    }
}
