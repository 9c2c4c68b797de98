package vn.lienket.workbook.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.lienket.workbook.normalise.NumberReader.Certainty;

class NumberReaderTest {

    @Test
    void vietnameseNumbersReadWithDotsForThousandsAndCommaForDecimals() {
        NumberReader reader = new NumberReader(NumberConvention.VIETNAMESE);

        assertThat(reader.read("1.234,5").orElseThrow().value()).isEqualByComparingTo("1234.5");
        assertThat(reader.read("1.234.567").orElseThrow().value()).isEqualByComparingTo("1234567");
        assertThat(reader.read(" 12,75 ").orElseThrow().value()).isEqualByComparingTo("12.75");
        assertThat(reader.decided()).contains(NumberConvention.VIETNAMESE);
    }

    @Test
    void theFirstUnambiguousValueDecidesHowAmbiguousOnesAreRead() {
        NumberReader english = new NumberReader(NumberConvention.VIETNAMESE);
        english.read("1,234.5");

        NumberReader.Reading ambiguous = english.read("1,234").orElseThrow();

        assertThat(ambiguous.value()).isEqualByComparingTo("1234");
        assertThat(ambiguous.certainty()).isEqualTo(Certainty.CERTAIN);
        assertThat(english.read("1.234").orElseThrow().value()).isEqualByComparingTo("1.234");
    }

    @Test
    void anAmbiguousValueBeforeAnyEvidenceUsesTheDefaultAndSaysSo() {
        NumberReader reader = new NumberReader(NumberConvention.VIETNAMESE);

        NumberReader.Reading reading = reader.read("1.234").orElseThrow();

        assertThat(reading.value()).isEqualByComparingTo("1234");
        assertThat(reading.certainty()).isEqualTo(Certainty.ASSUMED);
    }

    @Test
    void aValueInTheOtherConventionIsReadOnItsOwnTermsButFlagged() {
        NumberReader reader = new NumberReader(NumberConvention.VIETNAMESE);
        reader.read("2.500,75");

        NumberReader.Reading reading = reader.read("3,141.5").orElseThrow();

        assertThat(reading.value()).isEqualByComparingTo("3141.5");
        assertThat(reading.certainty()).isEqualTo(Certainty.CONFLICTING);
    }

    @Test
    void textThatIsNotANumberIsRejected() {
        NumberReader reader = new NumberReader(NumberConvention.VIETNAMESE);

        assertThat(reader.read("khoảng 100")).isEmpty();
        assertThat(reader.read("1.23.4")).isEmpty();
        assertThat(reader.read("12,3,4")).isEmpty();
    }
}
