package vn.lienket.app.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

/**
 * Where {@code lienket users add} takes a password from, never from an argument (arguments end up in
 * shell histories and process lists): {@code LIENKET_USER_PASSWORD}, else the terminal (typed twice,
 * not echoed), else the first line of standard input ({@code echo … | lienket users add …}).
 */
final class PasswordInput {

    static final String ENVIRONMENT = "LIENKET_USER_PASSWORD";

    private PasswordInput() {
    }

    static char[] read(Messages messages, Map<String, String> environment) {
        String fromEnvironment = environment.get(ENVIRONMENT);
        if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
            return fromEnvironment.toCharArray();
        }
        Console console = System.console();
        if (isTerminal(console)) {
            char[] first = console.readPassword("%s", messages.get("users.passwordPrompt"));
            char[] second = console.readPassword("%s", messages.get("users.passwordAgain"));
            if (first == null || !Arrays.equals(first, second)) {
                throw new UnusableInputException(messages.get("users.passwordMismatch"));
            }
            return first;
        }
        try {
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            if (line == null || line.isEmpty()) {
                throw new UnusableInputException(messages.get("users.noPassword", ENVIRONMENT));
            }
            return line.toCharArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Before JDK 22 a console exists only on a terminal; from 22 on it says whether it is one. */
    private static boolean isTerminal(Console console) {
        if (console == null) {
            return false;
        }
        try {
            return (boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }
}
