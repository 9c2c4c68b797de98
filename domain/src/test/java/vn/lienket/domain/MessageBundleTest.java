package vn.lienket.domain;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MessageBundleTest {

    private final MessageBundle texts = new MessageBundle("vn.lienket.domain.test_texts");

    @Test
    void eachLanguageReadsItsOwnFileWhateverTheServersLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ENGLISH);
            assertThat(texts.text(MessageBundle.VIETNAMESE, "greeting", "Lâm Đồng")).isEqualTo("Xin chào Lâm Đồng");
            assertThat(texts.text(Locale.ENGLISH, "greeting", "Lâm Đồng")).isEqualTo("Hello Lâm Đồng");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void aKeyMissingInOneLanguageIsNamedNotAnsweredInTheOther() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(MessageBundle.VIETNAMESE);
            assertThat(texts.has(MessageBundle.VIETNAMESE, "only.vi")).isTrue();
            assertThat(texts.has(Locale.ENGLISH, "only.vi")).isFalse();
            assertThatThrownBy(() -> texts.text(Locale.ENGLISH, "only.vi"))
                    .hasMessageContaining("only.vi").hasMessageContaining("test_texts").hasMessageContaining("en");
        } finally {
            Locale.setDefault(before);
        }
    }
}
