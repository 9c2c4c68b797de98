package vn.lienket.scorecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IncludedSubmissionTest {

    private static final String DIGEST = "9F86D081884C7D659A2FEAA0C55AD015A3BF4F1B2B0B822CD15D6C15B0F00A08";

    @Test
    void printsTheFirstTwelveHexDigitsInLowerCase() {
        IncludedSubmission submission = new IncludedSubmission("S-2025Q2-066-01", DIGEST);

        assertThat(submission.shortSha256()).isEqualTo("9f86d081884c");
        assertThat(submission.sha256()).isEqualTo(DIGEST.toLowerCase());
    }

    @Test
    void rejectsSomethingThatIsNotASha256() {
        assertThatThrownBy(() -> new IncludedSubmission("S-1", "abc123"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("64 hex digits");
    }
}
