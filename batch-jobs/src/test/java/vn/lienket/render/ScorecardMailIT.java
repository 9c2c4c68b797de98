package vn.lienket.render;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.lienket.OperationsTestApplication;
import vn.lienket.distribution.DistributionList;
import vn.lienket.distribution.MailOutbox;
import vn.lienket.distribution.Recipients;
import vn.lienket.distribution.ScorecardDistribution;
import vn.lienket.domain.Quarter;
import vn.lienket.intake.SubmissionIntake;
import vn.lienket.intake.archive.SubmissionArchive;
import vn.lienket.domain.SubmissionStatus;
import vn.lienket.testsupport.PostgresTestInitializer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The mail path end to end: a workbook loaded, the quarter's scorecards rendered by the real job, the
 * distribution queued and delivered over SMTP (GreenMail); the department receives its province's
 * scorecard, byte for byte the file the registry recorded.
 */
@SpringBootTest(classes = {OperationsTestApplication.class, ScorecardMailIT.ScorecardJob.class})
@ContextConfiguration(initializers = PostgresTestInitializer.class)
class ScorecardMailIT {

    private static final Quarter Q3 = Quarter.parse("2025-Q3");

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @TempDir
    static Path root;

    @Autowired
    SubmissionIntake intake;
    @Autowired
    Recipients recipients;
    @Autowired
    ScorecardDistribution distribution;
    @Autowired
    MailOutbox outbox;
    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void smtpAndDirectories(DynamicPropertyRegistry registry) {
        OperationsTestApplication.useGreenMail(registry);
        OperationsTestApplication.useDirectoriesUnder(root, registry);
        registry.add("lienket.scorecard.output-dir", () -> root.resolve("scorecards").toString());
    }

    @Test
    void theDepartmentReceivesItsRenderedScorecardByteForByteAsRecorded() throws Exception {
        OperationsTestApplication.reset(jdbc);
        SubmissionIntake.IntakeResult loaded = intake.load(TestWorkbooks.of("P34:68", "2025-Q3")
                .project("completed_operating", "100").ocop(3, 12, 2).event("trade_fair").write(root.resolve("in"), jdbc), "test");
        assertThat(loaded.submission().status()).as(loaded.reportJson().orElse("")).isEqualTo(SubmissionStatus.LOADED);
        recipients.add(DistributionList.parse("province:P34:68"), "so-ct@lamdong.gov.vn", Optional.empty());

        ScorecardDistribution.Outcome outcome = distribution.distribute(Q3);
        outbox.deliverPending();

        assertThat(outcome.mailsQueued()).as("one mail: the only recipient").isEqualTo(1);
        Map<String, Object> recorded = jdbc.sql("""
                        SELECT pdf_path, pdf_sha256 FROM scorecard
                        WHERE kind = 'province' AND subject_code = 'P34:68' AND quarter_key = :quarter""")
                .param("quarter", Q3.key()).query().singleRow();
        Path pdf = Path.of((String) recorded.get("pdf_path"));
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("so-ct@lamdong.gov.vn");
        BodyPart attachment = ((Multipart) received[0].getContent()).getBodyPart(1);
        byte[] sent;
        try (InputStream in = attachment.getInputStream()) {
            sent = in.readAllBytes();
        }

        assertThat(attachment.getFileName()).isEqualTo(pdf.getFileName().toString());
        assertThat(sent).as("the attachment is the recorded file").isEqualTo(Files.readAllBytes(pdf));
        assertThat(SubmissionArchive.sha256Of(pdf)).as("the recorded file is unchanged").isEqualTo(recorded.get("pdf_sha256"));
        assertThat(textOf(sent)).as("a real scorecard of Lâm Đồng").contains("Lâm Đồng", "Quý 3/2025");
    }

    private static String textOf(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    /** The scorecard job beside the operations beans, as the application assembles them. */
    @Configuration(proxyBeanMethods = false)
    @ComponentScan(basePackages = "vn.lienket.render",
            excludeFilters = @ComponentScan.Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class))
    static class ScorecardJob {
    }
}
