package vn.lienket.distribution;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import vn.lienket.OperationsTestApplication;
import vn.lienket.testsupport.PostgresTestInitializer;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(classes = OperationsTestApplication.class)
@ContextConfiguration(initializers = PostgresTestInitializer.class)
class MailOutboxIT {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @TempDir
    Path work;

    @Autowired
    MailOutbox outbox;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactionManager;

    @DynamicPropertySource
    static void smtpServer(DynamicPropertyRegistry registry) {
        OperationsTestApplication.useGreenMail(registry);
    }

    @BeforeEach
    void noMails() {
        OperationsTestApplication.reset(jdbc);
    }

    @Test
    void theSameMailIsQueuedOnce() throws Exception {
        OutgoingMail mail = scorecardMail("ld@lamdong.gov.vn", pdf("scorecard.pdf"));

        assertThat(outbox.queue(mail)).isTrue();
        assertThat(outbox.queue(mail)).isFalse();

        assertThat(jdbc.sql("SELECT count(*) FROM mail_message").query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM mail_attachment").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aFailedDeliveryIsRetriedAndTheMailArrivesExactlyOnce() throws Exception {
        Path pdf = pdf("scorecard.pdf");
        outbox.queue(scorecardMail("ld@lamdong.gov.vn", pdf));

        MailOutbox.DeliverySummary failed = outboxWithSmtpDown(5).deliverPending();
        MailOutbox.DeliverySummary retried = outbox.deliverPending();
        MailOutbox.DeliverySummary again = outbox.deliverPending();

        assertThat(failed.retrying()).isEqualTo(1);
        assertThat(retried.sent()).isEqualTo(1);
        assertThat(again.sent()).isZero();
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getSubject()).isEqualTo("[Liên kết] Bảng đánh giá quý 2026-Q1: TP.HCM – Tây Nguyên");
        Multipart parts = (Multipart) received[0].getContent();
        assertThat(parts.getBodyPart(1).getFileName()).isEqualTo("scorecard.pdf");
        assertThat(parts.getBodyPart(1).getInputStream().readAllBytes()).isEqualTo(Files.readAllBytes(pdf));
        assertThat(jdbc.sql("SELECT status || ' ' || attempts FROM mail_message").query(String.class).single()).isEqualTo("sent 2");
    }

    @Test
    void aMailIsMarkedFailedAfterTheLastAllowedAttempt() throws Exception {
        outbox.queue(scorecardMail("ld@lamdong.gov.vn", pdf("scorecard.pdf")));
        MailOutbox smtpDown = outboxWithSmtpDown(2);

        smtpDown.deliverPending();
        MailOutbox.DeliverySummary last = smtpDown.deliverPending();

        assertThat(last.gaveUp()).isEqualTo(1);
        assertThat(outbox.deliverPending().sent()).isZero();
        assertThat(smtp.getReceivedMessages()).isEmpty();
        assertThat(jdbc.sql("SELECT status FROM mail_message").query(String.class).single()).isEqualTo("failed");
        assertThat(jdbc.sql("SELECT last_error FROM mail_message").query(String.class).single()).isNotBlank();
    }

    @Test
    void anAttachmentChangedAfterQueueingIsNotSent() throws Exception {
        Path pdf = pdf("scorecard.pdf");
        outbox.queue(scorecardMail("ld@lamdong.gov.vn", pdf));
        Files.writeString(pdf, "%PDF-1.7 another file");

        MailOutbox.DeliverySummary delivery = outbox.deliverPending();

        assertThat(delivery.sent()).isZero();
        assertThat(smtp.getReceivedMessages()).isEmpty();
        assertThat(jdbc.sql("SELECT last_error FROM mail_message").query(String.class).single()).contains("changed");
    }

    /**
     * An operator who requires STARTTLS gets no mail in clear from a server that does not offer it (GreenMail's plain
     * SMTP does not), and reads why, in Vietnamese, where failed deliveries are recorded.
     */
    @Test
    void aServerWithoutStarttlsGetsNoMailWhenStarttlsIsRequired() throws Exception {
        outbox.queue(scorecardMail("ld@lamdong.gov.vn", pdf("scorecard.pdf")));
        JavaMailSenderImpl requiresTls = new JavaMailSenderImpl();
        requiresTls.setHost("127.0.0.1");
        requiresTls.setPort(smtp.getSmtp().getPort());
        requiresTls.getJavaMailProperties().put("mail.smtp.starttls.enable", "true");
        requiresTls.getJavaMailProperties().put("mail.smtp.starttls.required", "true");

        MailOutbox.DeliverySummary delivery = outboxWith(requiresTls, 5).deliverPending();

        assertThat(delivery.sent()).isZero();
        assertThat(smtp.getReceivedMessages()).as("nothing reached the server in clear").isEmpty();
        assertThat(jdbc.sql("SELECT status FROM mail_message").query(String.class).single()).isEqualTo("pending");
        assertThat(jdbc.sql("SELECT last_error FROM mail_message").query(String.class).single())
                .startsWith("Máy chủ SMTP không cho dùng STARTTLS mà cấu hình bắt buộc mã hoá (mail.smtp.starttls.required)")
                .contains("STARTTLS is required but host does not support STARTTLS");
    }

    private MailOutbox outboxWithSmtpDown(int maxAttempts) {
        JavaMailSenderImpl unreachable = new JavaMailSenderImpl();
        unreachable.setHost("127.0.0.1");
        unreachable.setPort(1);
        return outboxWith(unreachable, maxAttempts);
    }

    private MailOutbox outboxWith(JavaMailSender sender, int maxAttempts) {
        StaticListableBeanFactory beans = new StaticListableBeanFactory(Map.of("mailSender", sender));
        return new MailOutbox(jdbc, transactionManager, beans.getBeanProvider(JavaMailSender.class),
                new MailProperties("lienket@test", Locale.forLanguageTag("vi"), maxAttempts));
    }

    private Path pdf(String name) throws Exception {
        return Files.writeString(work.resolve(name), "%PDF-1.4 scorecard");
    }

    private static OutgoingMail scorecardMail(String to, Path pdf) {
        return new OutgoingMail("scorecard:2026-Q1:programme:HCMC_TN:" + to, OutgoingMail.Kind.SCORECARD, to,
                "[Liên kết] Bảng đánh giá quý 2026-Q1: TP.HCM – Tây Nguyên", "Kính gửi Quý lãnh đạo,",
                Optional.empty(), Optional.of(vn.lienket.domain.Quarter.parse("2026-Q1")), List.of(OutgoingMail.Attachment.of(pdf)));
    }
}
