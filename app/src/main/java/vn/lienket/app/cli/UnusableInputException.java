package vn.lienket.app.cli;

/** The command was given something it cannot work with (a missing file, a malformed value). */
public class UnusableInputException extends RuntimeException {

    public UnusableInputException(String message) {
        super(message);
    }
}
