package vn.lienket.workbook.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;

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
    void aTextLongerThanAnyCellCanBeIsRefusedWhenItEndsInsideOneRead() {
        String part = "<t>" + "x".repeat(70_000) + "</t><c><v>1</v></c>";

        assertThatThrownBy(() -> readAll(part, part.length() + 1)).isInstanceOf(UnreadableWorkbookException.class);
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

    @Test
    void aSectionCommentOrInstructionIsRecognisedWhereverTheReadsSplitItsStart() throws IOException {
        // the parser's reads end anywhere: the start "<![CDATA[", "<!--" or "<?" may straddle two of them
        for (String opening : new String[] {"<![CDATA[", "<!-- ", "<?pi "}) {
            String closing = opening.startsWith("<![") ? "]]>" : opening.startsWith("<!-") ? " -->" : "?>";
            String tooLong = "<t>" + opening + "<x".repeat(35_000) + closing + "</t>";
            String shortOnes = ("<t>" + opening + "a<b".repeat(100) + closing + "</t><c><v>1</v></c>").repeat(500);
            for (int bufferSize = 1; bufferSize <= opening.length() + 2; bufferSize++) {
                int size = bufferSize;
                assertThatThrownBy(() -> readAll(tooLong, size)).as("%s read %d bytes at a time", opening, size)
                        .isInstanceOf(UnreadableWorkbookException.class);
                assertThat(readAll(shortOnes, size)).isEqualTo(shortOnes.length());
            }
        }
    }

    @Test
    void readingInBlocksRefusesExactlyTheFilesThatReadingByteByByteRefuses() throws IOException {
        // read() looks at every byte on its own: the plain statement of the rule the block reads must keep
        Random random = new Random(20261205);
        String[] pieces = {"<c r=\"A1\">", "</c>", "<v>1</v>", "<t>a!b?c</t>", "<![CDATA[a<b]]>", "<!-- x<y -->",
            "<?pi a<b?>", "<!x>", "! ?", "]]>", "-->", "?>", "đ"};
        String[] unclosed = {"<![CDATA[", "<!--", "<?"};
        for (int file = 0; file < 300; file++) {
            StringBuilder xml = new StringBuilder();
            while (xml.length() < 120_000) {
                int draw = random.nextInt(1_000);
                xml.append(draw < 10 ? "x".repeat(50_000 + random.nextInt(20_000))
                        : draw == 10 ? unclosed[random.nextInt(unclosed.length)]
                        : pieces[random.nextInt(pieces.length)]);
            }
            byte[] bytes = xml.toString().getBytes(StandardCharsets.UTF_8);
            boolean refusedByteByByte = refused(bytes, 0);
            int blockSize = 1 + random.nextInt(random.nextBoolean() ? 16 : 100_000);
            assertThat(refused(bytes, blockSize)).as("file %d read %d bytes at a time", file, blockSize)
                    .isEqualTo(refusedByteByByte);
        }
    }

    /** {@code blockSize} 0: one byte at a time through {@code read()}. */
    private static boolean refused(byte[] xml, int blockSize) throws IOException {
        try (InputStream in = new MarkupRunLimit(new ByteArrayInputStream(xml), MAX_CHARS)) {
            byte[] buffer = new byte[Math.max(blockSize, 1)];
            while (blockSize == 0 ? in.read() >= 0 : in.read(buffer, 0, blockSize) >= 0) {
                // reading is the test
            }
            return false;
        } catch (UnreadableWorkbookException e) {
            return true;
        }
    }

    private static long readAll(String xml) throws IOException {
        return readAll(xml, 4096);
    }

    private static long readAll(String xml, int bufferSize) throws IOException {
        try (InputStream in = new MarkupRunLimit(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), MAX_CHARS)) {
            byte[] buffer = new byte[bufferSize];
            long total = 0;
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                total += read;
            }
            return total;
        }
    }
}
