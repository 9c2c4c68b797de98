package vn.lienket.app.cli;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

import vn.lienket.app.reference.PackagedReference;
import vn.lienket.workbook.contract.WorkbookContracts;

/**
 * What every {@code check} reads before the workbook, from the jar: the packaged reference (ten CSV files) and the
 * released contracts (their YAML). {@link LienketCli#main} starts reading them on a second thread as soon as it sees
 * the line is a check, so that on two cores they are read while picocli sets the command up (about as long): the
 * check then finds them read. Read on first use otherwise (a check run from a test); either way the same files and
 * the same failures, thrown where the check asks for them.
 */
final class CheckInputs {

    private static FutureTask<CheckInputs> reading;

    private final PackagedReference reference;
    private final WorkbookContracts contracts;

    private CheckInputs(PackagedReference reference, WorkbookContracts contracts) {
        this.reference = reference;
        this.contracts = contracts;
    }

    /** Starts reading them on a thread of its own, unless already started. */
    static synchronized void readAhead() {
        if (reading == null) {
            reading = new FutureTask<>(() -> new CheckInputs(PackagedReference.load(), WorkbookContracts.released()));
            Thread reader = new Thread(reading, "lienket-check-inputs");
            reader.setDaemon(true);
            reader.start();
        }
    }

    /** The inputs, read ahead or now; a failure to read them is thrown as if they had been read on this thread. */
    static CheckInputs read() {
        FutureTask<CheckInputs> read;
        synchronized (CheckInputs.class) {
            if (reading == null) {
                reading = new FutureTask<>(() -> new CheckInputs(PackagedReference.load(), WorkbookContracts.released()));
                reading.run();
            }
            read = reading;
        }
        try {
            return read.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading the packaged reference and contracts", e);
        }
    }

    PackagedReference reference() {
        return reference;
    }

    WorkbookContracts contracts() {
        return contracts;
    }
}
