package vn.lienket.app.cli;

import vn.lienket.app.reference.PackagedReference;
import vn.lienket.domain.Ahead;
import vn.lienket.workbook.contract.WorkbookContracts;

/**
 * What every {@code check} reads before the workbook, from the jar: the packaged reference (ten CSV files) and the
 * released contracts (their YAML). {@link LienketCli#main} starts reading them on a second thread as soon as it sees
 * the line is a check, so that on two cores they are read while picocli sets the command up (about as long): the
 * check then finds them read. Read on first use otherwise (a check run from a test); either way the same files and
 * the same failures, thrown where the check asks for them.
 */
final class CheckInputs {

    private static Ahead<CheckInputs> reading;

    private final PackagedReference reference;
    private final WorkbookContracts contracts;

    private CheckInputs(PackagedReference reference, WorkbookContracts contracts) {
        this.reference = reference;
        this.contracts = contracts;
    }

    /** Starts reading them on a thread of its own, unless already started. */
    static synchronized void readAhead() {
        if (reading == null) {
            reading = Ahead.start("lienket-check-inputs", CheckInputs::readNow);
        }
    }

    /** The inputs, read ahead or now; a failure to read them is thrown as if they had been read on this thread. */
    static CheckInputs read() {
        Ahead<CheckInputs> read;
        synchronized (CheckInputs.class) {
            if (reading == null) {
                reading = Ahead.now(CheckInputs::readNow);
            }
            read = reading;
        }
        return read.get();
    }

    private static CheckInputs readNow() {
        return new CheckInputs(PackagedReference.load(), WorkbookContracts.released());
    }

    PackagedReference reference() {
        return reference;
    }

    WorkbookContracts contracts() {
        return contracts;
    }
}
