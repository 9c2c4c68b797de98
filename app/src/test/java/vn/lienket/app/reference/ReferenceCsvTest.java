package vn.lienket.app.reference;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code check} reads the reference files with {@link ReferenceCsv}; what it reads must be what a CSV library
 * reads from them (Jackson, which read them before): a value cut at a quoted comma or a line ending kept in a
 * value would make a province or OCOP group unknown to {@code check} and known to the load.
 */
class ReferenceCsvTest {

    private static final Path REFERENCE = Path.of("../warehouse-schema/src/main/resources/db/reference");

    static Stream<Path> referenceFiles() throws IOException {
        try (Stream<Path> files = Files.list(REFERENCE)) {
            List<Path> csv = files.filter(file -> file.toString().endsWith(".csv")).sorted().toList();
            assertThat(csv).hasSizeGreaterThanOrEqualTo(10);
            return csv.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("referenceFiles")
    void everyReferenceFileReadsAsJacksonReadsIt(Path file) throws IOException {
        try (InputStream ours = Files.newInputStream(file)) {
            assertThat(ReferenceCsv.read(ours, file.toString())).isEqualTo(jackson(Files.readAllBytes(file)));
        }
    }

    @Test
    void quotedCommasQuotesAndLineBreaksStayInTheirValueWithEitherLineEnding() throws IOException {
        String csv = "code,name,note\r\nP63,\"63 tỉnh, thành phố\",\"say \"\"hi\"\"\"\r\nP34,\"two\nlines\",\n";

        assertThat(read(csv)).containsExactly(
                Map.of("code", "P63", "name", "63 tỉnh, thành phố", "note", "say \"hi\""),
                Map.of("code", "P34", "name", "two\nlines", "note", ""));
        assertThat(read(csv)).isEqualTo(jackson(csv.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aRowWithMoreValuesThanTheHeaderIsRefused() {
        assertThatThrownBy(() -> read("code,name\nP63,Hà Nội,extra\n"))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("3 values, the header names 2");
    }

    private static List<Map<String, String>> read(String csv) throws IOException {
        return ReferenceCsv.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "test.csv");
    }

    private static List<Map<String, String>> jackson(byte[] csv) throws IOException {
        try (MappingIterator<Map<String, String>> rows = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(csv)) {
            return rows.readAll();
        }
    }
}
