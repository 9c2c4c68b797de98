package vn.lienket.workbook.read;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Reads a sheet on a background thread while the caller works on the rows already read: parsing an
 * .xlsx sheet's XML costs more than validating its rows, so on two cores a check takes little longer
 * than the read alone (for some 20% more CPU in all, as rows cross between cores; docs/benchmarks.md).
 * Rows cross over in batches through a small bounded queue, so memory stays a few thousand rows
 * whatever the sheet size.
 *
 * <p>The consumer always runs on the thread that called {@link #forEachRow}, in row order: the load
 * job's sink writes through that thread's JDBC transaction. A failure of the read (a damaged sheet)
 * is thrown there as the wrapped source threw it. The reader thread lives for one sheet and is
 * always stopped before {@code forEachRow} returns, also when the consumer throws or the caller is
 * interrupted (which ends the read with a {@link CancellationException}, the interrupt kept).
 */
final class ReadAheadSource implements WorkbookSource {

    static final String THREAD_NAME = "lienket-xlsx-reader";
    /**
     * Rows in flight outlive young collections and are copied by them: batches of 1,000 tripled the
     * check's GC time against batches of 200, whose hand-overs cost nothing measurable.
     */
    static final int BATCH_ROWS = 200;
    /**
     * Slack between the two threads: in the load job the caller also waits on PostgreSQL, and a queue
     * of 3 batches left the reader stalled behind those waits (the million-row load took 0.6 s longer
     * than with 32; 6,400 rows in flight are a few MB).
     */
    static final int QUEUED_BATCHES = 32;
    /** How often a reader waiting for room in the queue looks whether the caller gave up. */
    private static final long OFFER_WAIT_MILLIS = 50;

    private final WorkbookSource source;

    ReadAheadSource(WorkbookSource source) {
        this.source = source;
    }

    @Override
    public WorkbookFormat format() {
        return source.format();
    }

    @Override
    public List<String> sheetNames() {
        return source.sheetNames();
    }

    @Override
    public boolean date1904() {
        return source.date1904();
    }

    @Override
    public boolean hasMacros() {
        return source.hasMacros();
    }

    @Override
    public void forEachRow(String sheetName, Consumer<SourceRow> rows) {
        SheetReader reader = new SheetReader(sheetName);
        Thread thread = new Thread(reader, THREAD_NAME);
        thread.setDaemon(true);
        thread.start();
        try {
            for (Handover handover = reader.next(); !handover.last(); handover = reader.next()) {
                handover.rows().forEach(rows);
            }
            reader.throwFailure();
        } finally {
            reader.stop();
            joinUninterruptibly(thread);
        }
    }

    @Override
    public void close() {
        source.close();
    }

    /** The reader stops within one batch once told to; an interrupt of the caller is kept for its own code. */
    private static void joinUninterruptibly(Thread thread) {
        boolean interrupted = false;
        while (true) {
            try {
                thread.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** A batch of rows, or the end of the sheet (with the read's failure, if it failed). */
    private record Handover(List<SourceRow> rows, boolean last, Throwable failure) {

        static Handover batch(List<SourceRow> rows) {
            return new Handover(rows, false, null);
        }

        static Handover end(Throwable failure) {
            return new Handover(List.of(), true, failure);
        }
    }

    /** Thrown inside the wrapped source's loop to end the read when the caller no longer wants rows. */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super("the caller stopped reading", null, false, false);
        }
    }

    /** The background side: reads the sheet into batches and hands them over until the end or a stop. */
    private final class SheetReader implements Runnable {

        private final String sheetName;
        private final BlockingQueue<Handover> queue = new ArrayBlockingQueue<>(QUEUED_BATCHES);
        private volatile boolean stopped;
        private List<SourceRow> batch = new ArrayList<>(BATCH_ROWS);
        private Throwable failure;

        SheetReader(String sheetName) {
            this.sheetName = sheetName;
        }

        @Override
        public void run() {
            Throwable failed = null;
            try {
                source.forEachRow(sheetName, this::add);
            } catch (Stopped e) {
                return;
            } catch (RuntimeException | Error e) {
                failed = e;
            }
            try {
                // the rows read before a failure too, as a read on the caller's thread would have delivered them
                handOver(Handover.batch(batch));
                handOver(Handover.end(failed));
            } catch (Stopped e) {
                // the caller has gone: nobody is left to tell
            }
        }

        private void add(SourceRow row) {
            batch.add(row);
            if (batch.size() == BATCH_ROWS) {
                handOver(Handover.batch(batch));
                batch = new ArrayList<>(BATCH_ROWS);
            }
        }

        private void handOver(Handover handover) {
            try {
                do {
                    if (stopped) {
                        throw new Stopped();
                    }
                } while (!queue.offer(handover, OFFER_WAIT_MILLIS, TimeUnit.MILLISECONDS));
            } catch (InterruptedException e) {
                throw new Stopped();
            }
        }

        /** The caller's side: the next handover, waiting for the reader when it is behind. */
        Handover next() {
            Handover handover;
            try {
                handover = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancellationException("interrupted while reading sheet " + sheetName);
            }
            failure = handover.failure();
            return handover;
        }

        /** Throws what the read threw, unchanged (an UnreadableWorkbookException keeps its reason). */
        void throwFailure() {
            if (failure instanceof Error e) {
                throw e;
            }
            if (failure != null) {
                throw (RuntimeException) failure;
            }
        }

        void stop() {
            stopped = true;
            queue.clear();
        }
    }
}
