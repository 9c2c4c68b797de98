package vn.lienket.workbook.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MarkupRunLimitTest {

    /** 10 characters a cell: runs of up to 65,636 bytes pass. */
    private static final int MAX_CHARS = 10;

    @Test
    void aTextLongerThanAnyCellCanBeIsRefusedAsTooLarge() {
        assertThatThrownBy(() -> readAll("<t>" + "x".repeat(70_000) + "</t>"))
                .isInstanceOfSatisfying(UnreadableWorkbookException.class,
                        e -> assertThat(e.reason()).isEqualTo(UnreadableReason.TOO_LARGE));
    }

    @Test
    void manyShortTextsPassHoweverLongThePart() throws IOException {
        String part = "<row><c><v>123456</v></c></row>".repeat(20_000);

        assertThat(readAll(part)).isEqualTo(part.length());
    }

    @Test
    void aLessThanSignInsideACdataSectionDoesNotEndTheRun() {
        String cdata = "<t><![CDATA[" + "<x".repeat(35_000) + "]]></t>";

        assertThatThrownBy(() -> readAll(cdata)).isInstanceOf(UnreadableWorkbookException.class);
    }

    @Test
    void theRunStartsAgainAfterACdataSectionOrACommentEnds() throws IOException {
        String part = ("<t><![CDATA[" + "a<b".repeat(1_000) + "]]></t><!-- " + "<".repeat(1_000) + " -->").repeat(100);

        assertThat(readAll(part)).isEqualTo(part.length());
    }

    @Test
    void cdataWrittenAsPlainTextIsNotTakenForASection() throws IOException {
        String part = "<t>![CDATA[ is text</t>" + "<c><v>1</v></c>".repeat(10_000);

        assertThat(readAll(part)).isEqualTo(part.length());
    }

    private static long readAll(String xml) throws IOException {
        try (InputStream in = new MarkupRunLimit(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), MAX_CHARS)) {
            byte[] buffer = new byte[4096];
            long total = 0;
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                total += read;
            }
            return total;
        }
    }
}
