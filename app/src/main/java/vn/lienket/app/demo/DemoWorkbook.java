package vn.lienket.app.demo;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;

import vn.lienket.workbook.contract.WorkbookContract;
import vn.lienket.workbook.rows.CoverInfo;
import vn.lienket.workbook.rows.InvestmentProjectRow;
import vn.lienket.workbook.rows.OcopCountRow;
import vn.lienket.workbook.rows.PromotionEventRow;
import vn.lienket.workbook.write.SubmissionWorkbookWriter;

/**
 * One workbook a department sends in the demo, and when it arrives.
 *
 * @param flaw what is wrong with it on purpose (shown to the user), or null for a correct file;
 *             the time of receipt is ignored for a file that {@link #arrivesThroughInbox() arrives through the inbox}
 */
record DemoWorkbook(String fileName, OffsetDateTime receivedAt, String uploader, CoverInfo cover,
                    List<InvestmentProjectRow> projects, List<OcopCountRow> ocopCounts,
                    List<PromotionEventRow> events, String flaw) {

    /** Cà Mau's last workbook arrives the way most do in production: dropped into the inbox. */
    boolean arrivesThroughInbox() {
        return cover.province().toString().equals("P34:96") && cover.quarter().equals(DemoDataset.LAST);
    }

    /** The same workbook, received at another time. */
    DemoWorkbook receivedAt(OffsetDateTime time) {
        return new DemoWorkbook(fileName, time, uploader, cover, projects, ocopCounts, events, flaw);
    }

    Path write(WorkbookContract contract, Path directory) throws IOException {
        Path file = directory.resolve(fileName);
        try (OutputStream out = Files.newOutputStream(file);
             SubmissionWorkbookWriter writer = new SubmissionWorkbookWriter(contract, out)) {
            writer.cover(cover);
            projects.forEach(writer::investmentProject);
            ocopCounts.forEach(writer::ocopCount);
            events.forEach(writer::promotionEvent);
        }
        return file;
    }
}
