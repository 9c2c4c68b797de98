package vn.lienket.distribution;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.lienket.OperationsTestApplication;
import vn.lienket.domain.ProvinceId;
import vn.lienket.domain.Quarter;
import vn.lienket.intake.archive.SubmissionArchive;
import vn.lienket.testsupport.PostgresTestInitializer;

import static org.assertj.core.api.Assertions.assertThat;

/** After the deadline each list gets its own scorecards as PDF attachments, once per quarter. */
@SpringBootTest(classes = {OperationsTestApplication.class, ScorecardDistributionIT.TwoScorecards.class})
@ContextConfiguration(initializers = PostgresTestInitializer.class)
class ScorecardDistributionIT {

    private static final Quarter Q1 = Quarter.parse("2026-Q1");

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @TempDir
    static Path rendered;

    @Autowired
    ScorecardDistribution distribution;
    @Autowired
    Recipients recipients;
    @Autowired
    MailOutbox outbox;
    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void smtpServer(DynamicPropertyRegistry registry) {
        OperationsTestApplication.useGreenMail(registry);
    }

    @BeforeEach
    void lists() {
        OperationsTestApplication.reset(jdbc);
        recipients.add(DistributionList.parse("programme:HCMC_TN"), "lanhdao@hcmc.gov.vn", Optional.empty());
        recipients.add(DistributionList.parse("programme:HCMC_TN"), "itpc@hcmc.gov.vn", Optional.empty());
        recipients.add(DistributionList.parse("province:P34:68"), "so-ct@lamdong.gov.vn", Optional.empty());
    }

    @Test
    void eachRecipientGetsTheScorecardsOfItsListOnce() throws Exception {
        ScorecardDistribution.Outcome first = distribution.distribute(Q1);
        ScorecardDistribution.Outcome again = distribution.distribute(Q1);
        outbox.deliverPending();

        assertThat(first.scorecards()).isEqualTo(2);
        assertThat(first.mailsQueued()).isEqualTo(3);
        assertThat(again.skipped()).contains("already distributed");
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(3);
        MimeMessage toLamDong = List.of(received).stream()
                .filter(message -> address(message).equals("so-ct@lamdong.gov.vn")).findFirst().orElseThrow();
        assertThat(toLamDong.getSubject()).isEqualTo("[Liên kết] Bảng đánh giá quý 2026-Q1: Lâm Đồng");
        Multipart parts = (Multipart) toLamDong.getContent();
        assertThat(parts.getBodyPart(1).getFileName()).isEqualTo("2026-Q1-P34-68.pdf");
        assertThat(parts.getBodyPart(1).getInputStream().readAllBytes()).isEqualTo(Files.readAllBytes(rendered.resolve("2026-Q1-P34-68.pdf")));
        List<String> subjects = new ArrayList<>();
        for (MimeMessage message : received) {
            subjects.add(message.getSubject());
        }
        assertThat(subjects).filteredOn(subject -> subject.endsWith("TP.HCM – Tây Nguyên")).hasSize(2);
        assertThat(jdbc.sql("SELECT DISTINCT a.sha256 FROM mail_attachment a JOIN mail_message m USING (mail_message_id) WHERE m.recipient = 'so-ct@lamdong.gov.vn'")
                .query(String.class).single()).isEqualTo(SubmissionArchive.sha256Of(rendered.resolve("2026-Q1-P34-68.pdf")));
    }

    private static String address(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Stands in for the scorecard job: one programme scorecard and one province scorecard per quarter. */
    @TestConfiguration
    static class TwoScorecards {
        @Bean
        QuarterlyScorecards quarterlyScorecards() {
            return quarter -> List.of(
                    file(new DistributionList.Programme("HCMC_TN"), "TP.HCM – Tây Nguyên", quarter + "-HCMC_TN.pdf"),
                    file(new DistributionList.Province(new ProvinceId("P34", "68")), "Lâm Đồng", quarter + "-P34-68.pdf"));
        }

        private static RenderedScorecardFile file(DistributionList audience, String title, String name) {
            try {
                Path pdf = Files.writeString(rendered.resolve(name), "%PDF-1.4 " + title);
                return new RenderedScorecardFile(audience, title, pdf, SubmissionArchive.sha256Of(pdf));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }
}
