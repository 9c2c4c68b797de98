package vn.lienket.workbook.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class TextCleanerTest {

    @Test
    void decomposedTextAndStraySpacesCleanToTheSameString() {
        String nfd = Normalizer.normalize("Lâm Đồng", Normalizer.Form.NFD);

        assertThat(TextCleaner.clean("  " + nfd + "\u00A0 ")).isEqualTo("Lâm Đồng");
        assertThat(TextCleaner.clean("Công ty\n  CP   Sài Gòn")).isEqualTo("Công ty CP Sài Gòn");
    }

    @Test
    void tcvn3TextIsRecognisedAndConverted() {
        assertThat(TextCleaner.detect("Hµ Néi")).isEqualTo(LegacyEncoding.TCVN3);
        assertThat(TextCleaner.fromTcvn3("Hµ Néi")).isEqualTo("Hà Nội");
        assertThat(TextCleaner.fromTcvn3("§¾k L¾k")).isEqualTo("Đắk Lắk");
        assertThat(TextCleaner.fromTcvn3("Tæng céng")).isEqualTo("Tổng cộng");
        assertThat(TextCleaner.fromTcvn3("Tr\u00ADêng")).isEqualTo("Trường");
    }

    @Test
    void vniTextIsRecognisedButUnicodeAndPlainTextAreLeftAlone() {
        assertThat(TextCleaner.detect("Vieät Nam")).isEqualTo(LegacyEncoding.VNI);
        assertThat(TextCleaner.detect("Ñaø Laït")).isEqualTo(LegacyEncoding.VNI);
        assertThat(TextCleaner.detect("Hồ Chí Minh")).isEqualTo(LegacyEncoding.NONE);
        assertThat(TextCleaner.detect("Cà phê Phương Nam")).isEqualTo(LegacyEncoding.NONE);
        assertThat(TextCleaner.detect("LD-001")).isEqualTo(LegacyEncoding.NONE);
    }

    @Test
    void zeroWidthCharactersVanishInsteadOfBecomingSpaces() {
        assertThat(TextCleaner.clean("LD-\u200B001\uFEFF")).isEqualTo("LD-001");
        assertThat(TextCleaner.clean("Khu du lịch\u200B sinh thái\u2060")).isEqualTo("Khu du lịch sinh thái");
    }

    @Test
    void controlCharactersOtherThanTabAndLineBreaksAreRemoved() {
        assertThat(TextCleaner.clean("LD\u0001-001\u007F")).isEqualTo("LD-001");
        assertThat(TextCleaner.clean("Khu du lịch\u0007\u001B[31m sinh thái")).isEqualTo("Khu du lịch[31m sinh thái");
        assertThat(TextCleaner.clean("Giai đoạn\t1\nmở rộng")).as("tab and line break still become spaces")
                .isEqualTo("Giai đoạn 1 mở rộng");
    }
}
